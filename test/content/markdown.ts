/**
 * Shared reader for the content tests: parses a guide page the way the site sees its Markdown
 * (CommonMark + GFM, front matter stripped) and lists what the tests check — headings with their
 * explicit ids, tables with their shapes, running text outside code, and code spans/blocks.
 *
 * Kept free of Astro: it reads files and walks an mdast tree, nothing else.
 *
 * @example
 *   const page = loadPage('content/en/encryption.md');
 *   page.headings.map((h) => h.id);      // ['table', 'voip-security-values', …]
 *   page.tables[0]?.rows;                // 3 (body rows, header excluded)
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading, InlineCode, Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Repository root (this file lives in test/content/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The guide's prose: content/{en,fr}/… with mirrored paths. */
export const CONTENT_ROOT = join(REPO_ROOT, 'content');
/** The two languages of the guide; English is the source of truth for parity. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Front matter values as written (strings and numbers only; the schema needs nothing else). */
export type FrontMatter = Record<string, string | number | boolean>;

/** A `#`…`######` heading; `id` is the explicit `{#id}` suffix, or null when there is none. */
export interface HeadingInfo {
  depth: number;
  /** Heading text without the `{#id}` suffix. */
  text: string;
  id: string | null;
  line: number;
}

/** A GFM table: `rows` counts body rows (header excluded), `columns` the header cells. */
export interface TableInfo {
  rows: number;
  columns: number;
  /** Header cell texts. */
  header: string[];
  /** Body cell texts, row by row (inline code included as its text). */
  cells: string[][];
  /** Values of the code spans in each body cell, row by row. */
  cellCode: string[][][];
  line: number;
}

/** A run of running text (mdast `text` node) — never inside a code span or code block. */
export interface TextInfo {
  value: string;
  line: number;
  column: number;
  /** Types of the ancestors, outermost first (e.g. ['root', 'paragraph', 'link']). */
  ancestors: string[];
}

/** A code span (`inline`) or a fenced/indented block (`block`, with its info string language). */
export interface CodeInfo {
  kind: 'inline' | 'block';
  value: string;
  lang: string | null;
  line: number;
}

export interface LinkInfo {
  url: string;
  text: string;
  line: number;
}

export interface ParsedPage {
  /** Absolute path when loaded from disk, else the label given to parseMarkdown. */
  path: string;
  frontMatter: FrontMatter;
  /** Raw front matter block (between the `---` lines), '' when absent. */
  frontMatterSource: string;
  tree: Root;
  headings: HeadingInfo[];
  tables: TableInfo[];
  texts: TextInfo[];
  codes: CodeInfo[];
  links: LinkInfo[];
  /** Raw HTML nodes (the guide allows none). */
  html: { value: string; line: number }[];
  /** GFM task-list items (`- [ ]`); the guide allows none. */
  taskItems: number[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADING_ID = /\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$/;

/**
 * Splits off the front matter. The block is replaced by as many empty lines as it had, so line
 * numbers reported for the body still match the file.
 */
export function splitFrontMatter(source: string): { frontMatterSource: string; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { frontMatterSource: '', body: source };
  const lines = match[0].split('\n').length - 1;
  return {
    frontMatterSource: match[1] ?? '',
    body: '\n'.repeat(lines) + source.slice(match[0].length),
  };
}

/**
 * Reads the flat `key: value` front matter the collection schema uses. Double-quoted values are
 * read as JSON strings, single-quoted ones with YAML's `''` escape, bare numbers and booleans as
 * such, anything else as trimmed text (a trailing ` # comment` dropped).
 */
export function parseFrontMatter(block: string): FrontMatter {
  const result: FrontMatter = {};
  for (const raw of block.split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!match) continue;
    const key = match[1]!;
    let value = match[2]!.trim();
    if (value.startsWith('"')) {
      const end = findClosingQuote(value);
      result[key] = JSON.parse(value.slice(0, end + 1)) as string;
    } else if (value.startsWith("'")) {
      const inner = /^'((?:[^']|'')*)'/.exec(value);
      result[key] = (inner?.[1] ?? value.slice(1)).replace(/''/g, "'");
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
      if (/^-?\d+(?:\.\d+)?$/.test(value)) result[key] = Number(value);
      else if (value === 'true' || value === 'false') result[key] = value === 'true';
      else result[key] = value;
    }
  }
  return result;
}

function findClosingQuote(value: string): number {
  for (let i = 1; i < value.length; i += 1) {
    if (value[i] === '\\') i += 1;
    else if (value[i] === '"') return i;
  }
  return value.length - 1;
}

/** Parses Markdown source (with or without front matter) into the lists the tests check. */
export function parseMarkdown(source: string, path = '<memory>'): ParsedPage {
  const { frontMatterSource, body } = splitFrontMatter(source);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const page: ParsedPage = {
    path,
    frontMatter: parseFrontMatter(frontMatterSource),
    frontMatterSource,
    tree,
    headings: [],
    tables: [],
    texts: [],
    codes: [],
    links: [],
    html: [],
    taskItems: [],
  };
  walk(tree, [], page);
  return page;
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}

function walk(node: Root | RootContent, ancestors: string[], page: ParsedPage): void {
  switch (node.type) {
    case 'heading':
      page.headings.push(headingInfo(node));
      break;
    case 'table':
      page.tables.push(tableInfo(node));
      break;
    case 'text':
      page.texts.push(textInfo(node, ancestors));
      return;
    case 'inlineCode':
      page.codes.push({ kind: 'inline', value: node.value, lang: null, line: lineOf(node) });
      return;
    case 'code':
      page.codes.push({ kind: 'block', value: node.value, lang: node.lang ?? null, line: lineOf(node) });
      return;
    case 'html':
      page.html.push({ value: node.value, line: lineOf(node) });
      return;
    case 'link':
      page.links.push({ url: node.url, text: toString(node), line: lineOf(node) });
      break;
    case 'listItem':
      if (typeof node.checked === 'boolean') page.taskItems.push(lineOf(node));
      break;
    default:
      break;
  }
  if ('children' in node) {
    const path = [...ancestors, node.type];
    for (const child of node.children as RootContent[]) walk(child, path, page);
  }
}

function headingInfo(node: Heading): HeadingInfo {
  const full = toString(node);
  const match = HEADING_ID.exec(full);
  return {
    depth: node.depth,
    text: match ? full.slice(0, match.index).trim() : full.trim(),
    id: match ? match[1]! : null,
    line: lineOf(node),
  };
}

function tableInfo(node: Table): TableInfo {
  const [head, ...body] = node.children;
  const inlineCodeOf = (cell: RootContent): string[] => {
    const found: string[] = [];
    const visit = (n: RootContent): void => {
      if (n.type === 'inlineCode') found.push((n as InlineCode).value);
      else if ('children' in n) (n.children as RootContent[]).forEach(visit);
    };
    visit(cell);
    return found;
  };
  return {
    rows: body.length,
    columns: head ? head.children.length : 0,
    header: head ? head.children.map((cell) => toString(cell).trim()) : [],
    cells: body.map((row) => row.children.map((cell) => toString(cell).trim())),
    cellCode: body.map((row) => row.children.map((cell) => inlineCodeOf(cell))),
    line: lineOf(node),
  };
}

function textInfo(node: Text, ancestors: string[]): TextInfo {
  return {
    value: node.value,
    line: node.position?.start.line ?? 0,
    column: node.position?.start.column ?? 0,
    ancestors,
  };
}

/** Reads and parses one page from disk. */
export function loadPage(path: string): ParsedPage {
  return parseMarkdown(readFileSync(path, 'utf8'), path);
}

/**
 * Lists the Markdown pages under a folder, recursively, as slugs relative to it with `/`
 * separators and no extension (`certificates`, `rules/foo`), sorted. Missing folder ⇒ [].
 */
export function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const visit = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.mdx?$/.test(name)) found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  visit(dir);
  return found.map((file) => file.replace(/\.mdx?$/, '')).sort();
}

/** Path of a page file for a language and slug (`.md`, or `.mdx` when that is what exists). */
export function pagePath(language: Language, slug: string, root = CONTENT_ROOT): string {
  const md = join(root, language, `${slug}.md`);
  if (existsSync(md)) return md;
  const mdx = join(root, language, `${slug}.mdx`);
  return existsSync(mdx) ? mdx : md;
}

/** Every Markdown file under a folder, as absolute paths (for checks that span all content). */
export function listFiles(dir: string): string[] {
  return listPages(dir).map((slug) => {
    const md = join(dir, `${slug}.md`);
    return existsSync(md) ? md : join(dir, `${slug}.mdx`);
  });
}
