import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseChunks, analyseSite, budgetsFor } from '../../bench/size-lib.mjs';

interface Budget { name: string; pages?: string; chunks?: string; chunkJsGzip?: number; firstPaintJsGzip?: number; firstPaintCssGzip?: number; htmlBytes?: number; idleJsGzip?: number; onDemandJsGzip?: number }
interface PageWeight { path: string; htmlBytes: number; firstPaintJsGzip: number; firstPaintCssGzip: number; idleJsGzip: number; onDemandJsGzip: number; firstPaintJs: string[]; idleJs: string[]; onDemandJs: string[] }

const { budgets } = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { budgets: Budget[] };

describe('page-weight budgets (bench/budgets.json)', () => {
  it('has a built site to measure', () => {
    expect(existsSync('dist/en/index.html'), 'run `npm run build` first').toBe(true);
  });
  const pages = (existsSync('dist') ? analyseSite('dist') : []) as PageWeight[];

  const chunks = existsSync('dist') ? (analyseChunks('dist') as { path: string; gzip: number }[]) : [];

  it('every budget applies to at least one page or chunk', () => {
    for (const budget of budgets) {
      const applies = budget.pages !== undefined ? pages.some((p) => new RegExp(budget.pages!).test(p.path)) : chunks.some((c) => new RegExp(budget.chunks!).test(c.path));
      expect(applies, budget.name).toBe(true);
    }
  });

  for (const budget of budgets.filter((b) => b.chunks !== undefined && b.chunkJsGzip !== undefined)) {
    it(`chunks ${budget.chunks} stay within ${budget.chunkJsGzip} bytes gzip`, () => {
      for (const chunk of chunks.filter((c) => new RegExp(budget.chunks!).test(c.path))) {
        expect(chunk.gzip, `${budget.name}: ${chunk.path}`).toBeLessThanOrEqual(budget.chunkJsGzip!);
      }
    });
  }

  for (const page of pages) {
    it(`${page.path} stays within its budgets`, () => {
      for (const budget of budgetsFor(budgets, page.path) as Budget[]) {
        for (const metric of ['firstPaintJsGzip', 'firstPaintCssGzip', 'htmlBytes', 'idleJsGzip', 'onDemandJsGzip'] as const) {
          const limit = budget[metric];
          if (limit !== undefined) expect(page[metric], `${budget.name}: ${metric} (${page.firstPaintJs.join(', ')})`).toBeLessThanOrEqual(limit);
        }
      }
    });
  }

  it('counts what page scripts load from requestIdleCallback as idle, not on demand', () => {
    // src/scripts/sheet-boot.ts builds the change-window sheet once idle (mount.tsx); it once
    // counted as on demand, which kept 4.6 KB out of the runbook page's idle figure.
    for (const path of ['/en/runbooks/deploy-um-lync/', '/fr/runbooks/deploy-um-lync/']) {
      const page = pages.find((p) => p.path === path)!;
      expect(page.idleJs.some((u) => /^\/_astro\/mount\.[\w-]+\.js$/.test(u)), path).toBe(true);
      expect(page.onDemandJs.some((u) => /^\/_astro\/mount\./.test(u)), path).toBe(false);
    }
  });
});
