/**
 * Words a command line must not be cut inside. Browsers break a line after a hyphen inside a word:
 * on a phone or on paper, `Get-CsPool -Identity lyncpool-paris.contoso.com` came out as `Get-` /
 * `CsPool -` / `Identity lyncpool-` / `paris…`, and an operator typing from the page could type
 * the break. CSS has no switch for that break, and a non-breaking hyphen (U+2011) would change the
 * characters a reader selects and copies. So each such word is wrapped in a `word` element
 * (global.css: an inline block no wider than the line): it moves to the next line whole, and is
 * cut only when it is longer than a whole line. Display only: the text is unchanged.
 */
import { Component, type ComponentChildren } from 'preact';
import { wholeWordRanges } from '../lib/whole-words.ts';

/** A run of the text with its class (a highlighted token), or none (plain text). */
export interface TextPart {
  text: string;
  class?: string | undefined;
}

/**
 * The parts of one text, rendered with every word to keep whole inside a `word` element. A part
 * stays one element (a highlighted token reads as one string, one parameter): a word inside it is
 * a `word` element within it, and a word that is the whole part puts the class on the part's own
 * element. Only a word across parts (`$a-$b`) gets an element around its pieces of each.
 */
export function wholeWords(parts: readonly TextPart[]): ComponentChildren[] {
  const text = parts.map((part) => part.text).join('');
  const ranges = wholeWordRanges(text);
  const out: ComponentChildren[] = [];
  /** The pieces of a word across parts, until its end. */
  let across: ComponentChildren[] | undefined;
  let next = 0;
  let start = 0;
  for (const part of parts) {
    const end = start + part.text.length;
    /** The part's own content (outside a word across parts). */
    let content: ComponentChildren[] = [];
    const flush = () => {
      if (content.length === 0) return;
      if (part.class) out.push(<span class={part.class}>{content}</span>);
      else out.push(...content);
      content = [];
    };
    let at = start;
    while (at < end) {
      const range = ranges[next];
      if (!range || at < range[0]) {
        const stop = range ? Math.min(end, range[0]) : end;
        content.push(text.slice(at, stop));
        at = stop;
        continue;
      }
      const stop = Math.min(end, range[1]);
      const piece = text.slice(at, stop);
      if (range[0] === start && range[1] === end) {
        out.push(<span class={part.class ? `${part.class} word` : 'word'}>{piece}</span>);
      } else if (range[0] >= start && range[1] <= end) {
        content.push(<span class="word">{piece}</span>);
      } else {
        flush();
        across ??= [];
        across.push(part.class ? <span class={part.class}>{piece}</span> : piece);
        if (stop === range[1]) {
          out.push(<span class="word">{across}</span>);
          across = undefined;
        }
      }
      at = stop;
      if (stop === range[1]) next++;
    }
    flush();
    start = end;
  }
  return out;
}

/**
 * Plain text (a command shown without highlighting, a profile value) with its words kept whole.
 * Rendered again only when the text changes: the change-window sheet of a large deployment grows a
 * slice of commands at a time, and the commands already there are not split again.
 */
export class WholeWords extends Component<{ text: string }> {
  override shouldComponentUpdate(next: { text: string }): boolean {
    return next.text !== this.props.text;
  }

  override render() {
    return <>{wholeWords([{ text: this.props.text }])}</>;
  }
}

/**
 * Profile values read as a list: each a `code` span with its words kept whole, separated by commas
 * (a step's values, a profile section read before it is edited).
 */
export function CodeValues({ values }: { values: readonly string[] }) {
  return (
    <>
      {values.map((text, i) => (
        <span key={i}>
          {i > 0 ? ', ' : null}
          <code>
            <WholeWords text={text} />
          </code>
        </span>
      ))}
    </>
  );
}
