/**
 * The guide is written in our own words: no page may share a run of 8 or more words with the
 * original text (the seed in ../shared/seed/). Facts carry over, sentences do not.
 *
 * Both sides are reduced the same way before comparing: code spans and blocks left out, cmdlet
 * names, paths and file names, and proper names removed, then lower-cased words (letters and
 * digits; apostrophes and hyphens split words). A page fails on any 8-word window that also
 * occurs in the seed; the report merges overlapping windows into the shared run.
 *
 * Proper names are product names, Windows service display names and the server role names
 * (Client Access, Mailbox, Mediation Server; « accès au client », « boîtes aux lettres »,
 * « serveur de médiation » in French): the
 * glossary imposes them word for word, so they say nothing about copying, while the words
 * around them still do.
 */
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, REPO_ROOT, listFiles, loadPage } from './markdown.ts';
import { proseBlocks } from './prose.ts';

/** Shortest shared run of words that counts as copying. */
const SHINGLE = 8;
const SEED = join(REPO_ROOT, '..', 'shared', 'seed', '000_af9b66677c5295ab.txt');
const RUNBOOKS = join(REPO_ROOT, 'runbooks');

/** Names removed before comparing (longest first, so "Lync Server" goes before "Lync"). */
const PROPER_NAMES = [
  'Microsoft Exchange Unified Messaging Call Router',
  'Microsoft Exchange Unified Messaging',
  'Routeur des appels de messagerie unifiée Microsoft Exchange',
  'messagerie unifiée Microsoft Exchange',
  'Client Access',
  'Mailbox',
  'Mediation Server',
  'serveur de médiation',
  'serveurs de médiation',
  'accès au client',
  'boîtes aux lettres',
  'boîte aux lettres',
  'Skype for Business Server Management Shell',
  'Lync Server Management Shell',
  'Skype for Business Server',
  'Skype for Business',
  'Office Communications Server',
  'Live Communications Server',
  'Exchange Management Shell',
  'Lync Phone Edition',
  'Outlook Voice Access',
  'Enterprise Voice',
  'Voix Entreprise',
  'Active Directory',
  'ADSI Edit',
  'Exchange Server',
  'Lync Server',
  'Microsoft',
  'Exchange',
  'Lync',
  'Outlook',
  'PowerShell',
  'Windows',
  'Contoso',
  'Fabrikam',
].sort((a, b) => b.length - a.length);

const PROPER_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PROPER_NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Cmdlet names written as prose (the seed has some): Verb-Noun with a PowerShell verb. */
const CMDLET =
  /\b(?:Add|Clear|Create|Disable|Enable|Enter|Export|Format|ForEach|Get|Grant|Import|Install|Invoke|Move|New|Remove|Request|Restart|Revoke|Select|Set|Start|Stop|Test|Update|Where)-[A-Za-z]+\b/g;
/** Paths, variables, URLs and file names: any whitespace-free token with \ % $ or ://, or a known extension. */
const PATH = /\S*(?:[\\%$]|:\/\/)\S*|\b[\w.-]+\.(?:ps1|exe|config|pfx|cer|msi|dll|md|json)\b/gi;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Reduces running text to the comparable word list. */
function comparableWords(text: string): string[] {
  return text
    .replace(PATH, ' ')
    .replace(CMDLET, ' ')
    .replace(PROPER_NAME, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every window of SHINGLE words, joined by single spaces. */
function shingles(words: string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i += 1) result.push(words.slice(i, i + SHINGLE).join(' '));
  return result;
}

/** The runs of a word list that share SHINGLE or more consecutive words with the seed. */
function sharedRuns(words: string[], seedShingles: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + SHINGLE <= words.length; i += 1) {
    if (!seedShingles.has(words.slice(i, i + SHINGLE).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + SHINGLE;
    else {
      if (start >= 0) runs.push(words.slice(start, end).join(' '));
      start = i;
      end = i + SHINGLE;
    }
  }
  if (start >= 0) runs.push(words.slice(start, end).join(' '));
  return runs;
}

/** Text blocks of one page: Markdown through the shared reader, other runbook files line by line. */
function pageBlocks(path: string): { line: number; text: string }[] {
  if (/\.mdx?$/.test(path)) {
    const page = loadPage(path);
    const blocks = proseBlocks(page).map(({ line, text }) => ({ line, text }));
    for (const key of ['title', 'description']) {
      const value = page.frontMatter[key];
      if (typeof value === 'string') blocks.push({ line: 1, text: value });
    }
    return blocks;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }));
}

/** Runbook files other than Markdown that hold prose (YAML, JSON); Markdown comes through listFiles. */
function runbookFiles(): string[] {
  if (!existsSync(RUNBOOKS)) return [];
  const markdown = listFiles(RUNBOOKS);
  const others: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSyncSafe(dir)) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(?:ya?ml|json|txt)$/i.test(entry.name)) others.push(full);
    }
  };
  visit(RUNBOOKS);
  return [...markdown, ...others.sort()];
}

function readdirSyncSafe(dir: string): Dirent[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
}

describe('comparableWords and sharedRuns', () => {
  it('drops code-like tokens and proper names, splits on apostrophes', () => {
    expect(comparableWords("Run Get-UMDialPlan on Microsoft Lync Server from %ProgramFiles%\\x l'objet")).toEqual([
      'run',
      'on',
      'from',
      'l',
      'objet',
    ]);
  });

  it('merges overlapping windows into one run', () => {
    const seed = new Set(shingles('a b c d e f g h i j'.split(' ')));
    expect(sharedRuns('x a b c d e f g h i y'.split(' '), seed)).toEqual(['a b c d e f g h i']);
    expect(sharedRuns('a b c d e f g x'.split(' '), seed)).toEqual([]);
  });
});

/**
 * The seed lives beside the project (../shared), not in it: a clone of the project alone has no
 * seed. Then the check is skipped with a note, and nothing is read: a `describe.skipIf` body still
 * runs while tests are collected, so the seed is only read when it is there.
 */
const seedPresent = existsSync(SEED);
if (!seedPresent) {
  console.warn(`note: ${relative(REPO_ROOT, SEED)} is absent (a clone without ../shared): the no-copy check is skipped.`);
  describe('no page copies the original text', () => {
    it.skip(`skipped: the seed ${relative(REPO_ROOT, SEED)} is absent in this clone`, () => {});
  });
}

describe.runIf(seedPresent)('no page copies the original text', () => {
  const seedShingles = new Set(
    seedPresent
      ? readFileSync(SEED, 'utf8')
          .split('\n')
          .flatMap((line) => shingles(comparableWords(line)))
      : [],
  );
  const files = [...listFiles(CONTENT_ROOT), ...runbookFiles()];

  it('has pages to compare', () => {
    expect(seedShingles.size).toBeGreaterThan(1000);
    expect(files.length).toBeGreaterThan(0);
  });

  for (const path of files) {
    const label = relative(REPO_ROOT, path).split('\\').join('/');
    it(`${label} shares no run of ${SHINGLE} words with the seed`, () => {
      const found = pageBlocks(path).flatMap(({ line, text }) =>
        sharedRuns(comparableWords(text), seedShingles).map((run) => `${label}:${line}: "${run}"`),
      );
      expect(found).toEqual([]);
    });
  }
});
