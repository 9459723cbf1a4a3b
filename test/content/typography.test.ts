/**
 * Typography of the guide and the rule reference pages.
 *
 * 1. Code (spans and blocks, every language): only ASCII quotes, hyphens and spaces — PowerShell
 *    reads U+2018–U+201E as quote characters and a pasted « or non-breaking space breaks a command.
 * 2. French running text: « guillemets » (not "…"), with a non-breaking space inside them and
 *    before : ; ? ! — URLs and clock times like 10:30 excepted. One no-break space, U+00A0, not
 *    U+202F beside it; the typographic apostrophe ’, never ' (guide pages, rule pages, runbooks and
 *    the French messages alike).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, REPO_ROOT, listFiles, loadPage, type ParsedPage } from './markdown.ts';
import fr from '../../src/i18n/fr.json' with { type: 'json' };

/** Characters never allowed inside code, with the name reported for each. */
const FORBIDDEN_IN_CODE: Record<string, string> = {
  '\u2018': 'left single quote ‘',
  '\u2019': 'right single quote ’',
  '\u201A': 'low single quote ‚',
  '\u201B': 'reversed single quote ‛',
  '\u201C': 'left double quote “',
  '\u201D': 'right double quote ”',
  '\u201E': 'low double quote „',
  '\u00AB': 'guillemet «',
  '\u00BB': 'guillemet »',
  '\u2013': 'en dash –',
  '\u2014': 'em dash —',
  '\u2015': 'horizontal bar ―',
  '\u00A0': 'no-break space U+00A0',
  '\u202F': 'narrow no-break space U+202F',
  '\u2009': 'thin space U+2009',
  '\u2026': 'ellipsis …',
};
const FORBIDDEN_PATTERN = new RegExp(`[${Object.keys(FORBIDDEN_IN_CODE).join('')}]`, 'g');

const NBSP = /[\u00A0\u202F]/;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bmailto:\S+/gi;

const allFiles = [
  ...listFiles(join(CONTENT_ROOT, 'en')),
  ...listFiles(join(CONTENT_ROOT, 'fr')),
  ...listFiles(join(CONTENT_ROOT, 'rules')),
];
/** French runbooks: their running text is checked for apostrophes and no-break spaces too. */
const frenchRunbooks = listFiles(join(REPO_ROOT, 'runbooks')).filter((path) => /[\\/]fr\.mdx$/.test(path));
const isFrench = (path: string) => {
  const rel = relative(CONTENT_ROOT, path).split(/[\\/]/);
  return rel[0] === 'fr' || (rel[0] === 'rules' && rel[1] === 'fr');
};

/** Problems in code spans and blocks, as `file:line: …` strings. */
function codeProblems(page: ParsedPage): string[] {
  const problems: string[] = [];
  for (const code of page.codes) {
    for (const match of code.value.matchAll(FORBIDDEN_PATTERN)) {
      const lineInBlock = code.value.slice(0, match.index).split('\n').length - 1;
      const line = code.kind === 'block' ? code.line + 1 + lineInBlock : code.line;
      problems.push(`${relative(REPO_ROOT, page.path)}:${line}: ${FORBIDDEN_IN_CODE[match[0]]} in ${code.kind} code`);
    }
  }
  return problems;
}

/**
 * Problems in one run of French running text. Positions are within `value`; URLs and times are
 * blanked out first so their colons are not reported.
 */
function frenchTextProblems(value: string): string[] {
  const text = value.replace(URL, (url) => 'x'.repeat(url.length)).replace(/(\d)[:h](\d\d)\b/g, '$1_$2');
  const problems: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const before = i > 0 ? text[i - 1]! : '';
    const after = i + 1 < text.length ? text[i + 1]! : '';
    const context = JSON.stringify(value.slice(Math.max(0, i - 20), i + 20));
    if (char === '"') problems.push(`straight double quote (use « ») near ${context}`);
    else if (char === "'") problems.push(`straight apostrophe (use ’) near ${context}`);
    else if (char === '\u202F') problems.push(`narrow no-break space (use U+00A0) near ${context}`);
    else if (':;?!'.includes(char) && !NBSP.test(before) && !'?!'.includes(before)) {
      problems.push(`no non-breaking space before "${char}" near ${context}`);
    } else if (char === '«' && !NBSP.test(after)) {
      problems.push(`no non-breaking space after « near ${context}`);
    } else if (char === '»' && !NBSP.test(before)) {
      problems.push(`no non-breaking space before » near ${context}`);
    }
  }
  return problems;
}

describe('typography', () => {
  it('finds content to check', () => {
    expect(allFiles.length).toBeGreaterThan(0);
  });

  it('frenchTextProblems accepts good French and rejects bad French', () => {
    expect(frenchTextProblems('Voir\u00A0: «\u00A0x\u00A0» à 10:30 sur https://example.org/a?b=1\u00A0!')).toEqual([]);
    expect(frenchTextProblems('Voir : "x" ; « y »?')).toHaveLength(7);
    expect(frenchTextProblems('l\'objet')).toEqual([expect.stringContaining('straight apostrophe')]);
    expect(frenchTextProblems('Voir\u202F: x')).toEqual([expect.stringContaining('narrow no-break space')]);
    expect(frenchTextProblems('l’objet')).toEqual([]);
  });

  it('French messages (src/i18n/fr.json): ’ and U+00A0 outside code', () => {
    const problems = Object.entries(fr as Record<string, string>).flatMap(([key, value]) =>
      value
        .split(/`[^`]*`/)
        .join('x')
        .split('')
        .flatMap((char, i, chars) =>
          char === '\u202F' || (char === "'" && /\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? '')) ? [`${key}: ${JSON.stringify(chars.slice(Math.max(0, i - 15), i + 15).join(''))}`] : [],
        ),
    );
    expect(problems).toEqual([]);
  });

  for (const path of allFiles) {
    const page = loadPage(path);
    const label = relative(REPO_ROOT, path);

    it(`${label}: code spans and blocks use ASCII quotes, hyphens and spaces only`, () => {
      expect(codeProblems(page)).toEqual([]);
    });

    if (isFrench(path)) {
      it(`${label}: French running text uses « » and non-breaking spaces`, () => {
        const problems: string[] = [];
        for (const text of page.texts) {
          for (const problem of frenchTextProblems(text.value)) problems.push(`${label}:${text.line}: ${problem}`);
        }
        for (const key of ['title', 'description']) {
          const value = page.frontMatter[key];
          if (typeof value !== 'string') continue;
          for (const problem of frenchTextProblems(value)) problems.push(`${label}: front matter ${key}: ${problem}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('placeholders in French code are not translated: each one is also used in English code', () => {
    const placeholders = (lang: 'en' | 'fr') =>
      new Set(
        allFiles
          .filter((path) => isFrench(path) === (lang === 'fr'))
          .flatMap((path) => loadPage(path).codes.flatMap((code) => [...code.value.matchAll(/<[A-Za-zÀ-ÿ][^<>#\n]*>/g)].map((m) => m[0]))),
      );
    const english = placeholders('en');
    expect([...placeholders('fr')].filter((placeholder) => !english.has(placeholder))).toEqual([]);
  }, 60_000); // parses every page again

  for (const path of frenchRunbooks) {
    const label = relative(REPO_ROOT, path);
    it(`${label}: French running text uses ’ and U+00A0`, () => {
      // MDX import lines are code, not running text.
      const prose = loadPage(path).texts.filter((text) => !/^import .* from '/m.test(text.value));
      const problems = prose.flatMap((text) =>
        frenchTextProblems(text.value)
          .filter((problem) => /straight apostrophe|narrow no-break space/.test(problem))
          .map((problem) => `${label}:${text.line}: ${problem}`),
      );
      expect(problems).toEqual([]);
    });
  }
});
