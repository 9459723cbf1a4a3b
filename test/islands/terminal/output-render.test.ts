import { describe, expect, it } from 'vitest';
import { renderOutput, sgr, wrapWords, type RenderContext } from '../../../src/islands/terminal/output-render.ts';

const strip = (rows: string[]) => rows.map((r) => r.replace(/\x1b\[[0-9;]*m/g, ''));
const context = (command: string, over: Partial<RenderContext> = {}): RenderContext => ({
  command,
  promptWidth: 6,
  continuationWidth: 3,
  defaultSeverity: 'error',
  severityLabel: (s) => s,
  ...over,
});

describe('renderOutput', () => {
  it('puts the caret right under the echoed command, after the prompt', () => {
    const rows = renderOutput(
      [{ kind: 'diagnostic', text: 'Unknown parameter.', ruleId: 'ps-unknown-parameter', range: { line: 1, column: 16, endLine: 1, endColumn: 22 } }],
      context('Set-UMDialPlan -Nmae x'),
    );
    expect(strip(rows)).toEqual([`${' '.repeat(6 + 15)}^^^^^^`, 'error ps-unknown-parameter: Unknown parameter.']);
    expect(rows[0]).toContain(sgr.red);
  });

  it('quotes the source line for a second diagnostic', () => {
    const rows = strip(renderOutput(
      [
        { kind: 'diagnostic', text: 'first', ruleId: 'a', range: { line: 1, column: 1, endLine: 1, endColumn: 4 } },
        { kind: 'diagnostic', text: 'second', ruleId: 'b', range: { line: 1, column: 5, endLine: 1, endColumn: 7 } },
      ],
      context('Gte -Xy'),
    ));
    expect(rows).toEqual([`${' '.repeat(6)}^^^`, 'error a: first', '  Gte -Xy', '      ^^', 'error b: second']);
  });

  it('quotes the right physical line of a continued command', () => {
    const rows = strip(renderOutput(
      [{ kind: 'diagnostic', text: 'bad', ruleId: 'r', range: { line: 1, column: 3, endLine: 1, endColumn: 4 } }],
      context('a b `\n -c'),
    ));
    expect(rows).toEqual(['  a b `', '    ^', 'error r: bad']);
    const last = strip(renderOutput(
      [{ kind: 'diagnostic', text: 'bad', ruleId: 'r', range: { line: 2, column: 2, endLine: 2, endColumn: 4 } }],
      context('a b `\n -c'),
    ));
    expect(last).toEqual(['    ^^', 'error r: bad']);
  });

  it('a range over several lines is marked to the end of its first line', () => {
    const rows = strip(renderOutput(
      [{ kind: 'diagnostic', text: 'x', ruleId: 'r', range: { line: 1, column: 3, endLine: 2, endColumn: 2 } }],
      context('abcd `\nef'),
    ));
    expect(rows[1]).toBe('    ^^^^');
  });

  it('uses the line’s severity when it has one, in yellow for a warning', () => {
    const rows = renderOutput([{ kind: 'diagnostic', severity: 'warning', text: 'w', ruleId: 'r' }], context('x', { severityLabel: (s) => (s === 'warning' ? 'avertissement' : s) }));
    expect(rows).toEqual([`${sgr.yellow}avertissement r:${sgr.reset} w`]);
  });

  it('keeps the lab’s own `severity rule-id: message` wording and colours its head by that severity', () => {
    const rows = renderOutput([{ kind: 'diagnostic', text: 'warning ps-x: message', ruleId: 'ps-x' }], context('x'));
    expect(rows).toEqual([`${sgr.yellow}warning ps-x:${sgr.reset} message`]);
    const error = renderOutput([{ kind: 'diagnostic', text: 'error ps-y: bad', ruleId: 'ps-y' }], context('x', { defaultSeverity: 'warning' }));
    expect(error).toEqual([`${sgr.red}error ps-y:${sgr.reset} bad`]);
  });

  it('colours errors, warnings and hints; prints text and tables as they are', () => {
    const rows = renderOutput(
      [
        { kind: 'error', text: 'E' },
        { kind: 'warning', text: 'W' },
        { kind: 'hint', text: 'H' },
        { kind: 'text', text: 'T' },
        { kind: 'table', text: 'Name  Value' },
      ],
      context('x'),
    );
    expect(rows).toEqual([`${sgr.red}E${sgr.reset}`, `${sgr.yellow}W${sgr.reset}`, `${sgr.cyan}H${sgr.reset}`, 'T', 'Name  Value']);
  });

  it('never lets control characters from output reach the terminal', () => {
    // Shown as their code points (src/domain/inert-text.ts), C1 and bidi controls included.
    expect(renderOutput([{ kind: 'text', text: 'a\x1b[2Jb\x07\x9b2J\u202Ec' }], context('x'))).toEqual(['a\\u{1b}[2Jb\\u{7}\\u{9b}2J⟨U+202E⟩c']);
  });
});

describe('wrapWords', () => {
  const rows: [string, number, string[]][] = [
    ['fits on one row', 'the lab is ready', 40, ['the lab is ready']],
    ['breaks between words', 'the lab is ready now', 10, ['the lab is', 'ready now']],
    ['cuts a word longer than the row', 'abcdefghijklmnop xy', 10, ['abcdefghij', 'klmnop xy']],
    ['keeps an empty message as one empty row', '', 20, ['']],
  ].map(([, text, cols, out]) => [text as string, cols as number, out as string[]]);
  for (const [text, cols, expected] of rows) it(`${JSON.stringify(text)} at ${cols}`, () => expect(wrapWords(text, cols)).toEqual(expected));
  it('never returns a row wider than the terminal', () => {
    const message = 'Passerelle lab: a simulated Exchange and Lync organisation built from your profile.';
    for (const cols of [10, 23, 40, 80]) for (const row of wrapWords(message, cols)) expect(row.length).toBeLessThanOrEqual(cols);
  });
});
