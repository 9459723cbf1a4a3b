/**
 * Fixture tests of the remark-runbook plugin: `fixtures/<case>/input.mdx` compiled as MDX with
 * the plugin, then either rendered (`output.html`, the step element with the live command block
 * the page hydrates) or refused (`error.txt`, each problem with its line and column).
 * `options.ts` (optional) gives the file path the plugin sees and its options.
 *
 * Regenerate the expected files after an intended change: `UPDATE_FIXTURES=1 npx vitest run test/markdown`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { h } from 'preact';
import * as runtime from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import CommandBlock from '../../src/islands/CommandBlock.tsx';
import remarkHeadingIds from '../../src/markdown/remark-heading-ids.ts';
import remarkRunbook, { type RemarkRunbookOptions } from '../../src/markdown/remark-runbook.ts';
import type { StepId } from '../../src/domain/runbook/types.ts';
import type { Lang } from '../../src/i18n/index.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory()).sort();

/** What the page maps `RunbookStep` to, minus the Astro frame: the live command block itself. */
function RunbookStep(props: { step: StepId; runbook: string; lang: Lang; number: string; total: string }) {
  return h('div', { class: 'runbook-step', 'data-step': props.step, 'data-number': props.number, 'data-total': props.total },
    h(CommandBlock, { step: props.step, runbook: props.runbook, lang: props.lang }));
}

async function run(name: string): Promise<{ html?: string; errors?: string }> {
  const dir = join(FIXTURES, name);
  const config: { path?: string; options?: RemarkRunbookOptions } = existsSync(join(dir, 'options.ts'))
    ? (await import(join(dir, 'options.ts'))).default
    : {};
  const file = new VFile({ path: config.path ?? 'runbooks/rerun-exchucutil/en.mdx', value: readFileSync(join(dir, 'input.mdx'), 'utf8') });
  try {
    const { default: Content } = await evaluate(file, {
      ...(runtime as unknown as Parameters<typeof evaluate>[1]),
      remarkPlugins: [remarkHeadingIds, [remarkRunbook, config.options ?? {}]],
    });
    return { html: renderToString(h(Content as never, { components: { RunbookStep } })) + '\n' };
  } catch {
    const messages = file.messages.filter((m) => m.fatal !== true).map((m) => `${m.line}:${m.column}: ${m.reason}`);
    return { errors: messages.join('\n') + '\n' };
  }
}

describe('remark-runbook fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));

  it.each(cases)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const result = await run(name);
    const outputFile = join(dir, result.html !== undefined ? 'output.html' : 'error.txt');
    const other = join(dir, result.html !== undefined ? 'error.txt' : 'output.html');
    if (update) writeFileSync(outputFile, result.html ?? result.errors!);
    expect(existsSync(other), `${name}: expected ${other.endsWith('error.txt') ? 'an error' : 'output'}, got the other`).toBe(false);
    expect(result.html ?? result.errors).toBe(readFileSync(outputFile, 'utf8'));
  });
});
