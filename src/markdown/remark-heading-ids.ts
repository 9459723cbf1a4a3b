import type { Root, Heading, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast'; // augments mdast `Data` with hProperties

/** Options for {@link remarkHeadingIds}. */
export interface RemarkHeadingIdsOptions {
  /** Heading depths that must carry an explicit id (default: 2 and 3). */
  requiredDepths?: number[];
}

const ID_SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/**
 * Gives headings the explicit ids written as a `{#id}` suffix (`## Certificats {#certificates}`),
 * so French and English pages share section ids and the language switch keeps the reader's place.
 * A required heading without an id is reported as a file message with its line, which fails the
 * build through Astro's error handling instead of producing language-specific slugs silently.
 * @example "## Wildcards {#wildcards}" → <h2 id="wildcards">Wildcards</h2>
 */
export default function remarkHeadingIds(options: RemarkHeadingIdsOptions = {}) {
  const required = new Set(options.requiredDepths ?? [2, 3]);
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? ID_SUFFIX.exec((last as Text).value) : null;
      if (match && last) {
        (last as Text).value = (last as Text).value.slice(0, match.index);
        heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id: match[1] } };
      } else if (required.has(heading.depth)) {
        file.fail(`Heading of depth ${heading.depth} has no explicit {#id}`, { place: heading.position });
      }
    });
  };
}
