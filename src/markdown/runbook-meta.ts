/**
 * Parses the meta string of a ```` ```runbook ```` fence (`step=create-um-dial-plans`). It reports
 * problems as values instead of throwing, so the remark plugin can point at the fence's line with
 * every problem at once.
 *
 * Grammar: space-separated `key=value` pairs; a value may be double-quoted. Keys:
 * - `step` (required): the id of a step of the runbook the file belongs to.
 */

/** What a runbook fence asks for. */
export interface RunbookFenceMeta {
  step: string;
}

/** A problem in a fence's meta, with the 1-based column inside the meta string when known. */
export interface RunbookMetaProblem {
  message: string;
  column?: number;
}

export type RunbookMetaResult = { ok: true; meta: RunbookFenceMeta } | { ok: false; problems: RunbookMetaProblem[] };

const knownKeys = new Set(['step']);
const pair = /([A-Za-z][\w-]*)=(?:"([^"]*)"|([^\s"]+))|(\S+)/g;
const stepId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Reads a fence's meta.
 * @example parseRunbookMeta('step=run-exchucutil') // → { ok: true, meta: { step: 'run-exchucutil' } }
 * @example parseRunbookMeta('stp=x') // → { ok: false, problems: [{ message: 'unknown option "stp" …', column: 1 }, …] }
 */
export function parseRunbookMeta(meta: string | null | undefined): RunbookMetaResult {
  const problems: RunbookMetaProblem[] = [];
  const values = new Map<string, string>();
  for (const match of (meta ?? '').matchAll(pair)) {
    const column = match.index + 1;
    if (match[4] !== undefined) {
      problems.push({ message: `expected key=value, found "${match[4]}"`, column });
      continue;
    }
    const key = match[1]!;
    const value = match[2] ?? match[3] ?? '';
    if (!knownKeys.has(key)) {
      problems.push({ message: `unknown option "${key}" (known: ${[...knownKeys].join(', ')})`, column });
    } else if (values.has(key)) {
      problems.push({ message: `option "${key}" is given twice`, column });
    } else {
      values.set(key, value);
    }
  }
  const step = values.get('step');
  if (step === undefined) problems.push({ message: 'missing step=<step id>' });
  else if (!stepId.test(step)) problems.push({ message: `step "${step}" is not a kebab-case step id` });
  return problems.length || step === undefined ? { ok: false, problems } : { ok: true, meta: { step } };
}
