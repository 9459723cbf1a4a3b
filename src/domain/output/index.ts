/**
 * Parsers for what the shells print — Format-List, Format-Table, ConvertTo-Json, `net start`,
 * `sc query` — pure, total (they never throw), and independent of the runbook, so the output
 * checks, the inventory import and the certificate inspector share them.
 *
 * @example
 * const output = readShellOutput(pasted);
 * if (output.ok) for (const object of output.objects) shellProperty(object, 'Thumbprint')?.text;
 */
export { readShellOutput, type OutputFormat, type OutputProblem, type ShellOutput } from './read.ts';
export { parseFormatList, type FormatListResult } from './format-list.ts';
export { parseFormatTable, type FormatTableResult } from './format-table.ts';
export { parseConvertToJson, jsonText, type JsonOutputResult } from './json.ts';
export { parseNetStart, parseScQuery, netStartHeadings, netCompletedLines, serviceDisplayNames } from './cmd.ts';
export { prepareText, promptCommand, isErrorRecord, maxOutputLength, type PreparedText, type UnreadableReason } from './text.ts';
export { shellProperty, propertyItems, printedValue, stripTruncation, truncationMarks, type ShellObject, type ShellProperty } from './types.ts';
