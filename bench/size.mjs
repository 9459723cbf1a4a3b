#!/usr/bin/env node
// `npm run bench:size`: prints the page-weight table of the built site and writes bench/size.json.
import { writeFileSync, existsSync } from 'node:fs';
import { analyseSite } from './size-lib.mjs';

if (!existsSync('dist')) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(2);
}
const rows = analyseSite('dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`${'page'.padEnd(58)} ${'HTML KB'.padStart(7)} ${'JS gz'.padStart(7)} ${'CSS gz'.padStart(7)} ${'idle JS'.padStart(7)} ${'lazy JS'.padStart(7)}`);
for (const r of rows) {
  console.log(`${r.path.padEnd(58)} ${kb(r.htmlBytes)} ${kb(r.firstPaintJsGzip)} ${kb(r.firstPaintCssGzip)} ${kb(r.idleJsGzip)} ${kb(r.onDemandJsGzip)}`);
}
writeFileSync('bench/size.json', JSON.stringify({ generatedAt: new Date().toISOString(), pages: rows }, null, 2) + '\n');
console.log(`\n${rows.length} pages; written bench/size.json`);
