import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSite, budgetsFor } from '../../bench/size-lib.mjs';

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

describe('size analysis', () => {
  const dist = mkdtempSync(join(tmpdir(), 'passerelle-size-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'en', 'guide', 'x'), { recursive: true });
  const files = {
    'a.js': 'import{b}from"./b.js";const c=()=>import("./c.js");b(c);',
    'b.js': 'export const b=(f)=>f;',
    'c.js': 'import"./d.js";export default 1;',
    'd.js': 'export const d=2;',
    'island.js': 'export default function I(){return 1}',
    'idle.js': 'import"./b.js";import"./e.js";export default 3;',
    'e.js': 'export const e=4;',
    'style.css': 'body{color:red}',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  const html =
    '<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/style.css"><script type="module" src="/_astro/a.js"></script><script>var x=1</script></head>' +
    '<body><astro-island client="visible" component-url="/_astro/island.js"></astro-island><astro-island client="idle" component-url="/_astro/idle.js"></astro-island></body></html>';
  writeFileSync(join(dist, 'en', 'guide', 'x', 'index.html'), html);

  it('counts static imports at first paint and dynamic imports and visible islands on demand', () => {
    const page = analyseSite(dist)[0]!;
    expect(page.path).toBe('/en/guide/x/');
    expect(page.htmlBytes).toBe(Buffer.byteLength(html));
    expect(page.firstPaintJs).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(page.firstPaintJsGzip).toBe(gz(files['a.js']) + gz(files['b.js']) + gz('var x=1'));
    expect(page.onDemandJs).toEqual(['/_astro/c.js', '/_astro/d.js', '/_astro/island.js']);
    expect(page.firstPaintCssGzip).toBe(gz(files['style.css']));
  });

  it('counts client:idle islands apart: after the first paint, without what the first paint already loaded', () => {
    const page = analyseSite(dist)[0]!;
    expect(page.idleJs).toEqual(['/_astro/e.js', '/_astro/idle.js']);
    expect(page.idleJsGzip).toBe(gz(files['idle.js']) + gz(files['e.js']));
    expect(page.onDemandJs).not.toContain('/_astro/idle.js');
  });

  it('selects budgets by page pattern', () => {
    const budgets = [{ name: 'g', pages: '^/en/guide/' }, { name: 'r', pages: '^/fr/' }];
    expect(budgetsFor(budgets, '/en/guide/x/').map((b: { name: string }) => b.name)).toEqual(['g']);
  });
});
