/**
 * One entry point for pasted output: it prepares the text, refuses what cannot be output, and
 * picks the parser from what the text looks like (JSON, a table, a list, `sc query`, `net start`).
 */
import { parseScQuery, parseNetStart } from './cmd.ts';
import { parseFormatList } from './format-list.ts';
import { parseFormatTable } from './format-table.ts';
import { parseConvertToJson } from './json.ts';
import { errorRecordMessage, isErrorRecord, prepareText, promptCommand, type UnreadableReason } from './text.ts';
import type { ShellObject } from './types.ts';

/** How the output was printed. */
export type OutputFormat = 'list' | 'table' | 'json' | 'scQuery' | 'netStart';

/** Why a paste gives no objects to check. */
export type OutputProblem = UnreadableReason | 'errorRecord' | 'invalidJson' | 'noObjects';

/** The objects read from a paste, or the problem that stopped it. */
export type ShellOutput =
  | { ok: true; format: OutputFormat; objects: ShellObject[]; commands: string[]; strayLines: number[] }
  | { ok: false; problem: OutputProblem; params: Record<string, string | number> };

/**
 * Reads pasted shell output. Never throws: anything that is not output comes back as a problem
 * with its parameters (the checker words it).
 *
 * @example readShellOutput('URIType : SipName\r\nVoIPSecurity : Secured') // → { ok: true, format: 'list', objects: [one object] … }
 */
export function readShellOutput(text: string): ShellOutput {
  try {
    return read(text);
  } catch {
    // Every parser is total; this guards the promise "never throws" against a future regression.
    return { ok: false, problem: 'noObjects', params: {} };
  }
}

function read(text: string): ShellOutput {
  const prepared = prepareText(text);
  if (!prepared.ok) return { ok: false, problem: prepared.reason, params: prepared.params };
  const { lines } = prepared;
  const commands = lines.map(promptCommand).filter((c): c is string => c !== undefined && c !== '');
  if (isErrorRecord(lines)) return { ok: false, problem: 'errorRecord', params: { message: errorRecordMessage(lines) } };
  const body = lines.filter((l) => promptCommand(l) === undefined).join('\n').trim();
  if (body.startsWith('{') || body.startsWith('[')) {
    const json = parseConvertToJson(body);
    if (!json.ok) return { ok: false, problem: 'invalidJson', params: json.params };
    return json.objects.length > 0
      ? { ok: true, format: 'json', objects: json.objects, commands, strayLines: [] }
      : { ok: false, problem: 'noObjects', params: {} };
  }
  const net = parseNetStart(lines);
  if (net) return { ok: true, format: 'netStart', objects: net.services, commands, strayLines: [] };
  const sc = parseScQuery(lines);
  if (sc) return { ok: true, format: 'scQuery', objects: sc, commands, strayLines: [] };
  const table = parseFormatTable(lines);
  const list = parseFormatList(lines);
  // A table has a dash rule; list lines (`a : b`) inside a table's rows are not a list.
  if (table.objects.length > 0 && table.objects.length >= list.objects.length) {
    return { ok: true, format: 'table', objects: table.objects, commands, strayLines: table.strayLines };
  }
  if (list.objects.length > 0) return { ok: true, format: 'list', objects: list.objects, commands, strayLines: list.strayLines };
  return { ok: false, problem: 'noObjects', params: {} };
}
