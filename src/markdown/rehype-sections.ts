import type { Root, Element, ElementContent, RootContent } from 'hast';

/**
 * Wraps each `<h2 id>` and the content up to the next `<h2>` in `<section data-section="id">`.
 * The side-by-side reading mode pairs French and English sections by that id, and the language
 * switch uses it to find the reader's section. Content before the first h2 goes in a section
 * named `intro`.
 */
export default function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | null = null;
    const open = (id: string) => {
      current = { type: 'element', tagName: 'section', properties: { dataSection: id }, children: [] };
      out.push(current);
    };
    for (const node of tree.children) {
      // MDX `import`/`export` statements stay at the root: MDX and Astro look for them there.
      if ((node.type as string) === 'mdxjsEsm') {
        out.push(node);
        continue;
      }
      const isH2 = node.type === 'element' && node.tagName === 'h2';
      if (isH2) open(String((node as Element).properties?.id ?? `section-${out.length}`));
      else if (!current && !(node.type === 'text' && !node.value.trim())) open('intro');
      if (current) (current as Element).children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}
