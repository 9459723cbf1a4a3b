/**
 * Running text of a parsed page, block by block (paragraph, heading, table cell), for the checks
 * that read sentences rather than single text nodes: a phrase split by emphasis or a link is
 * still one phrase. Code spans are replaced by a space and code blocks are left out.
 *
 * Builds on the tree that markdown.ts already parsed; it does not parse anything itself.
 *
 * @example
 *   proseBlocks(parseMarkdown('## Run it {#d8}\n\nRun `ExchUcUtil.ps1` **now**.'))
 *   // → [{ text: 'Run it', kind: 'heading', section: 'd8', … }, { text: 'Run   now.', kind: 'paragraph', … }]
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { ParsedPage } from './markdown.ts';

/** One block of running text. */
export interface ProseBlock {
  /** The block's words and punctuation; each code span replaced by a space. */
  text: string;
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** File line of the block. */
  line: number;
  /** Id of the nearest `##` heading at or above the block (null before the first one). */
  section: string | null;
  /** Column index for a table cell (0-based), null otherwise. */
  column: number | null;
  /** True for the header row of a table. */
  header: boolean;
}

const HEADING_ID = /\s*\{#[A-Za-z0-9][A-Za-z0-9_-]*\}\s*$/;

/** Lists the blocks of running text of a page, in document order. */
export function proseBlocks(page: ParsedPage): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let section: string | null = null;
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

  const visit = (node: Root | RootContent): void => {
    switch (node.type) {
      case 'heading': {
        const text = phrasingText(node.children).replace(HEADING_ID, '');
        if (node.depth === 2) section = page.headings.find((h) => h.line === lineOf(node))?.id ?? null;
        blocks.push({ text, kind: 'heading', line: lineOf(node), section, column: null, header: false });
        return;
      }
      case 'paragraph':
        blocks.push({ text: phrasingText(node.children), kind: 'paragraph', line: lineOf(node), section, column: null, header: false });
        return;
      case 'table':
        node.children.forEach((row, rowIndex) => {
          row.children.forEach((cell, column) => {
            blocks.push({
              text: phrasingText(cell.children),
              kind: 'tableCell',
              line: lineOf(cell),
              section,
              column,
              header: rowIndex === 0,
            });
          });
        });
        return;
      case 'code':
      case 'html':
        return;
      default:
        if ('children' in node) (node.children as RootContent[]).forEach(visit);
    }
  };
  visit(page.tree);
  return blocks;
}

/** Text of inline content: text kept, code spans and raw HTML replaced by a space. */
function phrasingText(children: PhrasingContent[]): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
          return child.value;
        case 'inlineCode':
        case 'html':
        case 'break':
          return ' ';
        default:
          return 'children' in child ? phrasingText(child.children as PhrasingContent[]) : ' ';
      }
    })
    .join('');
}
