import type { Element, Root, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes wide content reachable from the keyboard: code blocks get `tabindex="0"` and tables are
 * wrapped in a focusable scroll container, so a keyboard user can scroll a long command or a wide
 * table (axe: scrollable-region-focusable).
 */
export default function rehypeScrollable() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'pre') {
        node.properties = { ...node.properties, tabIndex: 0 };
      } else if (node.tagName === 'table' && parent && index !== undefined) {
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0 },
          children: [node as ElementContent],
        };
        (parent.children as ElementContent[])[index] = wrapper;
        return 'skip';
      }
      return undefined;
    });
  };
}
