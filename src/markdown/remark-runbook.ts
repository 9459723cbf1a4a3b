import type { Code, Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { runbookProcedures } from '../domain/runbook/procedures.ts';
import { checkStepTemplates, type TemplateProblem } from '../domain/runbook/template-check.ts';
import type { RunbookStep } from '../domain/runbook/types.ts';
import { parseRunbookMeta } from './runbook-meta.ts';

/** Options for {@link remarkRunbook}. */
export interface RemarkRunbookOptions {
  /** The MDX component the fence becomes (default `RunbookStep`; the page maps it to a component). */
  component?: string;
  /** Runbooks by slug, each its steps in order (default: the engine's `runbookProcedures`). */
  runbooks?: Readonly<Record<string, readonly RunbookStep[]>>;
  /** Checks a step's templates (default: `checkStepTemplates` with the example profile). */
  check?: (step: RunbookStep) => TemplateProblem[];
  /**
   * Which runbook and language a file is (default: from its path, `runbooks/<slug>/<lang>.mdx`).
   * Undefined means the file is not a runbook, where a runbook fence is an error.
   */
  locate?: (file: VFile) => { runbook: string; lang: string } | undefined;
  /** Require the file to show every step of its runbook, in order (default true). */
  requireAllSteps?: boolean;
}

const RUNBOOK_PATH = /(?:^|[\\/])runbooks[\\/]([^\\/]+)[\\/](fr|en)\.mdx$/;

/** `runbooks/<slug>/<lang>.mdx` → `{ runbook, lang }`. */
export function locateRunbook(file: VFile): { runbook: string; lang: string } | undefined {
  const match = RUNBOOK_PATH.exec(file.path ?? '');
  return match ? { runbook: match[1]!, lang: match[2]! } : undefined;
}

// The template checks parse and lint every command: do it once per step per build, not per language.
const checked = new WeakMap<RunbookStep, TemplateProblem[]>();
function defaultCheck(step: RunbookStep): TemplateProblem[] {
  let problems = checked.get(step);
  if (!problems) {
    problems = checkStepTemplates(step);
    checked.set(step, problems);
  }
  return problems;
}

/** The nearest `##` heading before `index` among siblings. */
function headingBefore(siblings: readonly RootContent[], index: number): Heading | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = siblings[i]!;
    if (node.type === 'heading' && node.depth <= 2) return node;
  }
  return undefined;
}

/** The id remark-heading-ids gave a heading (from its `{#id}` suffix). */
function headingId(heading: Heading | undefined): string | undefined {
  const id = (heading?.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

function describe(problem: TemplateProblem): string {
  const template = problem.template ? ` (template ${problem.template})` : '';
  const command = problem.command ? `: ${problem.command}` : '';
  return `${problem.detail}${template}${command}`;
}

/**
 * Turns ```` ```runbook step=<id> ```` fences of an MDX runbook into `<RunbookStep step runbook
 * lang number total />` elements, after proving that the step's commands are sound: its template
 * placeholders name profile fields, its cmdlets are in the catalog, and its commands lint clean
 * for the example profile. The fence stays empty — the commands come from the engine at render
 * time, so the page never holds command text of its own.
 *
 * Every problem is reported with the file and the fence's line, and the build fails.
 * @example
 *   ```runbook step=run-exchucutil
 *   ```
 *   → <RunbookStep step="run-exchucutil" runbook="rerun-exchucutil" lang="en" number="1" total="4" />
 */
export default function remarkRunbook(options: RemarkRunbookOptions = {}) {
  const component = options.component ?? 'RunbookStep';
  const runbooks: Readonly<Record<string, readonly RunbookStep[]>> = options.runbooks ?? runbookProcedures;
  const check = options.check ?? defaultCheck;
  const locate = options.locate ?? locateRunbook;
  const requireAllSteps = options.requireAllSteps ?? true;

  return (tree: Root, file: VFile) => {
    const problems: { message: string; line: number; column: number }[] = [];
    const where = locate(file);
    const steps = where && Object.hasOwn(runbooks, where.runbook) ? runbooks[where.runbook] : undefined;
    const shown: { step: string; line: number }[] = [];

    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'runbook' || !parent || index === undefined) return;
      const line = node.position?.start.line ?? 0;
      const column = node.position?.start.column ?? 0;
      const fail = (message: string, atColumn = column) => problems.push({ message, line, column: atColumn });

      if (!where) return void fail('a runbook fence belongs in runbooks/<slug>/<fr|en>.mdx');
      if (!steps) return void fail(`no runbook "${where.runbook}" in src/domain/runbook/procedures.ts`);
      if (node.value.trim() !== '') {
        fail('a runbook fence must be empty: commands come from the templates in src/domain/runbook/templates.ts');
      }
      const parsed = parseRunbookMeta(node.meta);
      if (!parsed.ok) {
        for (const p of parsed.problems) fail(`runbook fence: ${p.message}`);
        return;
      }
      const position = steps.findIndex((s) => s.id === parsed.meta.step);
      if (position < 0) {
        return void fail(`step "${parsed.meta.step}" is not a step of runbook "${where.runbook}" (steps: ${steps.map((s) => s.id).join(', ')})`);
      }
      if (shown.some((s) => s.step === parsed.meta.step)) fail(`step "${parsed.meta.step}" is shown twice`);
      // The page's anchors (summary, table of contents, change-window mode) are `#step-<id>`.
      const heading = headingBefore(parent.children, index);
      if (headingId(heading) !== `step-${parsed.meta.step}`) {
        fail(`the heading before this fence must end with \\{#step-${parsed.meta.step}}`);
      }
      shown.push({ step: parsed.meta.step, line });
      for (const problem of check(steps[position]!)) fail(`step "${parsed.meta.step}": ${describe(problem)}`);

      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: component,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'step', value: parsed.meta.step },
          { type: 'mdxJsxAttribute', name: 'runbook', value: where.runbook },
          { type: 'mdxJsxAttribute', name: 'lang', value: where.lang },
          { type: 'mdxJsxAttribute', name: 'number', value: String(position + 1) },
          { type: 'mdxJsxAttribute', name: 'total', value: String(steps.length) },
        ],
        children: [],
        ...(node.position ? { position: node.position } : {}),
      };
      parent.children[index] = element as unknown as RootContent;
      return SKIP;
    });

    if (where && steps && requireAllSteps) {
      const expected = steps.map((s) => s.id);
      const actual = shown.map((s) => s.step);
      const first = expected.findIndex((id, i) => actual[i] !== id);
      if (first >= 0 || actual.length !== expected.length) {
        const at = shown[Math.max(0, first)] ?? shown.at(-1);
        problems.push({
          message: `runbook "${where.runbook}" must show every step in order: expected ${expected.join(', ')}; found ${actual.join(', ') || 'none'}`,
          line: at?.line ?? 1,
          column: 1,
        });
      }
    }

    if (problems.length) {
      const name = file.path || 'input';
      for (const p of problems) file.message(p.message, { place: { line: p.line, column: p.column } });
      const first = problems[0]!;
      file.fail(
        `${problems.length} runbook problem(s):\n${problems.map((p) => `  ${name}:${p.line}:${p.column}: ${p.message}`).join('\n')}`,
        { place: { line: first.line, column: first.column } },
      );
    }
  };
}
