import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { wholeWordRanges } from '../lib/whole-words.ts';

/**
 * The guide's code keeps its words whole when it wraps: inline code wraps with its paragraph, and
 * a code block, which scrolls on screen, wraps on paper (global.css); `Get-` / `CsPool` could be
 * typed as two words. Each word a browser could cut inside (src/lib/whole-words.ts) becomes a
 * `word` element; the text is unchanged, so copying gives the same characters.
 */
export default function rehypeWholeWords() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre' && node.tagName !== 'code') return undefined;
      keepWords(node);
      return 'skip';
    });
  };
}

function keepWords(parent: Element): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      keepWords(child);
      return [child];
    }
    if (child.type !== 'text') return [child];
    return split(child);
  });
}

/** A text node as text and `word` elements. */
function split(node: Text): ElementContent[] {
  const ranges = wholeWordRanges(node.value);
  if (ranges.length === 0) return [node];
  const out: ElementContent[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ type: 'text', value: node.value.slice(at, start) });
    out.push({ type: 'element', tagName: 'span', properties: { className: ['word'] }, children: [{ type: 'text', value: node.value.slice(start, end) }] });
    at = end;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
