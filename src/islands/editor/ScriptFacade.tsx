/**
 * The editor area before Monaco: a plain text area holding the script, editable at once, with the
 * script coloured by our own highlighter (domain/powershell/highlight.ts, the one the command blocks
 * use) in a layer under the text area's transparent text. It weighs a few KB; the highlighter
 * comes in its own small chunk, and only when there is something to colour.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { highlightClass, highlightPowerShell } from '../../domain/powershell/highlight.ts';

/**
 * Scripts longer than this stay uncoloured in the text area: colouring runs on each keystroke
 * until Monaco takes over, and must stay well under a frame on a phone.
 */
export const FACADE_COLOURED_CHARS = 20_000;

interface Props {
  inputRef: RefObject<HTMLTextAreaElement>;
  /** The text shown (null until the island has read the draft or the handoff). */
  text: string | null;
  label: string;
  onInput(text: string): void;
}

export function ScriptFacade({ inputRef, text, label, onInput }: Props) {
  const colourRef = useRef<HTMLPreElement>(null);
  const [highlight, setHighlight] = useState<{ spans: typeof highlightPowerShell; className: typeof highlightClass } | null>(null);
  const colourable = text !== null && text !== '' && text.length <= FACADE_COLOURED_CHARS;

  useEffect(() => {
    if (!colourable || highlight) return;
    let live = true;
    import('../../domain/powershell/highlight.ts')
      .then((module) => {
        if (live) setHighlight({ spans: module.highlightPowerShell, className: module.highlightClass });
      })
      .catch(() => {
        // The text stays plain (and readable): colouring is a nicety.
      });
    return () => {
      live = false;
    };
  }, [colourable]);

  /** The coloured layer follows the text area's scrolling. */
  const follow = () => {
    const input = inputRef.current;
    const layer = colourRef.current;
    if (input && layer) layer.style.transform = `translate(${-input.scrollLeft}px, ${-input.scrollTop}px)`;
  };
  useLayoutEffect(follow);

  // Coloured again only when the text changes (the island redraws for other reasons too).
  const spans = useMemo(() => (colourable && highlight ? highlight.spans(text) : null), [text, highlight]);
  return (
    <div class="script-facade" data-coloured={spans ? 'true' : 'false'} data-editor-facade>
      {spans && (
        <pre class="script-facade__colour" aria-hidden="true" ref={colourRef}>
          {spans.map((span) => (span.kind === 'plain' ? span.text : <span class={highlight!.className(span.kind)}>{span.text}</span>))}
          {'\n'}
        </pre>
      )}
      <textarea
        ref={inputRef}
        class="script-facade__input"
        aria-label={label}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        wrap="off"
        onInput={(event) => onInput(event.currentTarget.value)}
        onScroll={follow}
      />
    </div>
  );
}
