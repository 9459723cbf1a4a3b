import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { messageParts, inMessagePart } from '../src/i18n/message-parts.ts';
for (const lang of ['fr', 'en']) {
const d = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8'));
const re = (p: string) => new RegExp('^' + p.split('*').map(s => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
const gz = (o: object) => gzipSync(JSON.stringify(o), { level: 9 }).length;
const inPart = Object.fromEntries(Object.entries(d).filter(([k]) => inMessagePart('runbook', k)));
const total = gz(inPart);
console.log(lang, 'total', total, Object.keys(inPart).length);
const groups = [...new Set(messageParts.runbook.filter(p => !p.startsWith('rule.')).concat(['rule.*']))];
const rows: [string, number, number][] = [];
for (const p of groups) {
  const without = Object.fromEntries(Object.entries(inPart).filter(([k]) => !re(p).test(k)));
  rows.push([p, total - gz(without), Object.keys(inPart).length - Object.keys(without).length]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const r of rows.slice(0, 14)) console.log(String(r[1]).padStart(6), String(r[2]).padStart(4), r[0]);
}
