import { createSession, runLine, withLab, type LabResult, type LabSession, type LabShell, type LabState } from '../../../src/domain/lab/index.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';

export { cloneExample, exchange2016Profile } from '../runbook/helpers.ts';

/**
 * A terminal driver for tests: runs lines in a tab, keeping the session; `on()` switches shell or
 * machine (as the lab's own `Enter-LabShell` does) while keeping the organisation.
 */
export class Tab {
  session: LabSession;
  last!: LabResult;

  constructor(
    readonly profile: Profile = exampleProfile,
    shell: LabShell = 'exchange',
    lab?: LabState,
  ) {
    this.session = createSession(profile, shell, lab);
  }

  get lab(): LabState {
    return this.session.lab;
  }

  /** Runs a line; returns its result. */
  run(line: string, lang: 'en' | 'fr' = 'en'): LabResult {
    this.last = runLine(this.session, line, { lang, profile: this.profile });
    this.session = this.last.session;
    return this.last;
  }

  /** Runs a line and fails the test unless it ran without error. */
  ok(line: string, lang: 'en' | 'fr' = 'en'): LabResult {
    const result = this.run(line, lang);
    if (result.status !== 'ok') throw new Error(`expected ok for ${line}\n${text(result)}`);
    return result;
  }

  /** Switches shell (and machine) with the lab verb. */
  on(shell: LabShell, server?: string): this {
    this.ok(`Enter-LabShell ${shell}${server ? ` ${server}` : ''}`);
    return this;
  }

  withLab(lab: LabState): this {
    this.session = withLab(this.session, lab);
    return this;
  }
}

/** All output as one text, for `toContain` checks. */
export function text(result: LabResult): string {
  return result.output.map((line) => line.text).join('\n');
}

/** The lines of one kind. */
export function lines(result: LabResult, kind: LabResult['output'][number]['kind']): string[] {
  return result.output.filter((line) => line.kind === kind).map((line) => line.text);
}
