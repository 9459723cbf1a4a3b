import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseSite, dynamicImports, printsPageMessages, staticClosure } from '../../bench/size-lib.mjs';
import { reachableKeys } from '../../bench/message-keys.mjs';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { isMessagePart, messagePart, partsLoadedFirst, type MessagePart } from '../../src/i18n/message-parts.ts';

// A page that names a part of its dictionary (`<html data-messages>`, src/i18n/message-parts.ts)
// loads only that part until something asks for the whole one. What its early code can print must
// therefore be in the part: every key its scripts name, literally or as a computed pattern
// (bench/message-keys.mjs). Early code is what runs without waiting for the whole dictionary: the
// first-paint scripts and what they import, dynamically too (nothing makes them wait), and the
// islands that hydrate at first paint or once idle. The other islands wait (src/islands/renderer.ts)
// unless marked `pageMessages`, and a marked island must be among the early ones, so it is checked.

interface PageWeight {
  path: string;
  messagePart?: string;
  firstPaintJs: string[];
  idleJs: string[];
}

const dictionaries = { en, fr } as Record<string, Record<string, string>>;
const keys = Object.keys(en);
const dictionaryChunk = /^\/_astro\/(en|fr)\.([\w-]+\.part\.)?[\w-]+\.js$/;
const built = existsSync('dist/en/index.html');

describe('what a page loads of its dictionary covers what its early code can print', () => {
  it('has a built site to read', () => expect(built, 'run `npm run build` first').toBe(true));
  const pages = (built ? analyseSite('dist') : []).filter((page: PageWeight) => page.messagePart !== undefined) as PageWeight[];

  it('the runbook pages hold a part, in both languages', () => {
    const paths = pages.map((page) => page.path);
    for (const lang of ['en', 'fr']) expect(paths).toContain(`/${lang}/runbooks/deploy-um-lync/`);
  });

  for (const page of pages) {
    const lang = page.path.split('/')[1]!;
    const part = page.messagePart!;

    it(`${page.path}: the part it loads is the ${part} part of the ${lang} dictionary`, async () => {
      expect(isMessagePart(part)).toBe(true);
      const chunk = page.idleJs.concat(page.firstPaintJs).find((url) => url.startsWith(`/_astro/${lang}.${part}.part.`));
      expect(chunk, 'the part is loaded with the early code').toBeDefined();
      const held = (await import(pathToFileURL(join('dist', chunk!)).href)).default;
      expect(held).toEqual(messagePart(dictionaries[lang]!, part as 'runbook'));
    });

    it(`${page.path}: its early code prints nothing outside that part`, () => {
      const early = new Set([...page.firstPaintJs, ...page.idleJs]);
      for (const url of page.firstPaintJs) for (const loaded of dynamicImports('dist', url)) for (const u of staticClosure('dist', loaded)) early.add(u);
      const scripts = [...early].filter((url) => !dictionaryChunk.test(url));
      expect(scripts.length).toBeGreaterThan(10);
      // The page's part, and the parts its code loads before printing their messages (the
      // findings' part, which the profile store awaits for a profile with errors or warnings).
      const held = page.messagePart as MessagePart;
      const part = Object.assign({}, ...[held, ...(partsLoadedFirst[held] ?? [])].map((p) => messagePart(dictionaries[lang]!, p))) as Record<string, string>;
      const reached = reachableKeys(scripts.map((url) => readFileSync(join('dist', url), 'utf8')), keys);
      // The command blocks' own messages are among what the scan finds: it reads this build.
      expect(reached).toContain('runbookPage.copyAll');
      expect(reached).toContain('rule.dial-plan-name.message.space');
      expect([...reached].filter((key) => !Object.hasOwn(part, key)).sort()).toEqual([]);
    });

    it(`${page.path}: every island marked pageMessages hydrates with the early code`, () => {
      const html = readFileSync(join('dist', page.path, 'index.html'), 'utf8');
      let marked = 0;
      for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
        const url = /\bcomponent-url="([^"]+)"/.exec(m[1]!)?.[1];
        const client = /\bclient="([^"]+)"/.exec(m[1]!)?.[1];
        if (!url || !printsPageMessages('dist', url)) continue;
        marked++;
        expect(['idle', 'load'], `${url} hydrates ${client}`).toContain(client);
      }
      expect(marked).toBeGreaterThan(0);
    });
  }
});
