/**
 * What the lab prints: lines of a kind (so the terminal can colour them), and the PowerShell error
 * a cmdlet raises. Error texts stay in English, as Exchange and Lync print them; the hint under
 * them is an i18n key, worded in the reader's language.
 */
import type { SourceRange } from '../finding.ts';

/**
 * One line of output. `diagnostic` lines come from the linter (with its range and rule id); `hint`
 * lines are the lab's explanations under an error, in the reader's language.
 */
export interface OutputLine {
  kind: 'text' | 'error' | 'warning' | 'diagnostic' | 'table' | 'hint';
  text: string;
  range?: SourceRange;
  ruleId?: string;
}

/** A hint: an i18n key under `lab.hint.` and its parameters. */
export interface LabHint {
  key: string;
  params?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * An error as the real shell reports it: `<command> : <message>` and its category line. Thrown by
 * cmdlet handlers; the interpreter stops the statement, prints it and carries on with the next one.
 */
export class LabError extends Error {
  readonly command: string;
  readonly category: string;
  readonly hint: LabHint | undefined;
  /** cmd.exe and "term not recognized" errors print without the `<command> :` prefix. */
  readonly bare: boolean;

  constructor(command: string, message: string, options: { category?: string; hint?: LabHint; bare?: boolean } = {}) {
    super(message);
    this.name = 'LabError';
    this.command = command;
    this.category = options.category ?? 'NotSpecified';
    this.hint = options.hint;
    this.bare = options.bare ?? false;
  }
}

/** Exchange's "object not found" error, as every Exchange cmdlet words it. */
export function notFound(command: string, identity: string, domainController: string, hint?: LabHint): LabError {
  return new LabError(
    command,
    `The operation couldn't be performed because object '${identity}' couldn't be found on '${domainController}'.`,
    { category: 'NotSpecified: (:) [' + command + '], ManagementObjectNotFoundException', ...(hint ? { hint } : {}) },
  );
}

/** PowerShell's "term not recognized" error. */
export function notRecognized(term: string, hint?: LabHint): LabError {
  return new LabError(
    term,
    `The term '${term}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    { category: `ObjectNotFound: (${term}:String) [], CommandNotFoundException`, bare: true, ...(hint ? { hint } : {}) },
  );
}

/**
 * The lab stopped a line at one of its limits (`labLimits`): not a shell error, so its text is the
 * lab's own, worded in the reader's language from `lab.limit.<key>`.
 */
export class LabLimitError extends LabError {
  constructor(
    command: string,
    readonly key: 'matchSteps' | 'patternSize' | 'valueItems' | 'stringChars' | 'statements',
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(command, `lab limit ${key}`, { category: 'LimitExceeded' });
    this.name = 'LabLimitError';
  }
}
