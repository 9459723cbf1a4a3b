/**
 * Vite plugin: `import('./en.json?part=runbook')` (from src/i18n/) is the English dictionary cut
 * to the `runbook` part of src/i18n/message-parts.ts. The module gets its own name, `en.runbook`,
 * so its chunk is `_astro/en.runbook.<hash>.js` beside the whole dictionary's `en.<hash>.js`
 * (bench/size-lib.mjs counts the one a page awaits). Used by the client build and the unit tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMessagePart, messagePart } from './message-parts.ts';

const request = /^\.\/(en|fr)\.json\?part=([\w-]+)$/;
const resolved = /[\\/]src[\\/]i18n[\\/](en|fr)\.([\w-]+)\.part\.json$/;

export function messagePartsPlugin() {
  return {
    name: 'passerelle:message-parts',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      const match = request.exec(source);
      if (!match || !importer) return null;
      const dir = dirname(importer.split('?')[0]!);
      if (!/[\\/]src[\\/]i18n$/.test(dir)) return null;
      if (!isMessagePart(match[2])) throw new Error(`${source}: no such message part (src/i18n/message-parts.ts)`);
      return join(dir, `${match[1]}.${match[2]}.part.json`);
    },
    load(id: string) {
      const match = resolved.exec(id);
      if (!match || !isMessagePart(match[2])) return null;
      // The dictionaries sit beside this file (ids may come root-relative, as in the unit tests).
      const dictionary = JSON.parse(readFileSync(new URL(`./${match[1]}.json`, import.meta.url), 'utf8')) as Record<string, string>;
      return JSON.stringify(messagePart(dictionary, match[2]));
    },
  };
}
