import type { Terminal } from '@xterm/xterm';
import { describe, expect, it } from 'vitest';
import { LineEditorAddon, visibleWidth } from '../../../src/islands/terminal/LineEditorAddon.ts';
import { History } from '../../../src/islands/terminal/line-editor.ts';

/**
 * The addon against a stand-in terminal that records what is written: enough to check what reaches
 * xterm (the redraw arithmetic, pastes, submissions). The whole terminal is tested in the browser.
 */
function setup(cols = 40, prompt = 'PS> ') {
  const writes: string[] = [];
  let onData: (data: string) => void = () => {};
  const terminal = {
    cols,
    write: (data: string) => writes.push(data),
    onData: (listener: (data: string) => void) => ((onData = listener), { dispose() {} }),
    onResize: () => ({ dispose() {} }),
  } as unknown as Terminal;
  const submitted: string[] = [];
  const addon = new LineEditorAddon({ history: new History(), prompt: () => prompt, onSubmit: (c) => submitted.push(c) });
  addon.activate(terminal);
  addon.showPrompt();
  return { addon, writes, submitted, type: (data: string) => onData(data), last: () => writes.at(-1)! };
}

describe('LineEditorAddon', () => {
  it('turns bracketed paste on, so pastes are told apart from typing', () => {
    expect(setup().writes[0]).toBe('\x1b[?2004h');
  });

  it('redraws the prompt and the line; the cursor moves back with Left', () => {
    const t = setup();
    t.type('Get-UM');
    expect(t.last()).toBe('\r\x1b[JPS> Get-UM\r\x1b[10C');
    t.type('\x1b[D\x1b[D');
    expect(t.last()).toBe('\r\x1b[JPS> Get-UM\r\x1b[8C');
  });

  it('goes up to the prompt’s first row before redrawing a wrapped line', () => {
    const t = setup(10, '> ');
    t.type('abcdefghij'); // 12 columns: two rows, the cursor on the second, after "ij"
    expect(t.last()).toBe('\r\x1b[J> abcdefghij\r\x1b[2C');
    t.type('k'); // now drawn from the second row: up one row first
    expect(t.last()).toBe('\r\x1b[1A\x1b[J> abcdefghijk\r\x1b[3C');
    t.type('\x01'); // Ctrl+A: back to the first row, after the prompt
    expect(t.last()).toBe('\r\x1b[1A\x1b[J> abcdefghijk\r\x1b[1A\x1b[2C');
  });

  it('at exactly the width the cursor stays on the last row (pending wrap), then moves down when typed past', () => {
    const t = setup(10, '> ');
    t.type('abcdefgh'); // 10 columns: one full row, cursor wraps to the next row
    expect(t.last()).toBe('\r\x1b[J> abcdefgh\r\n');
  });

  it('submits on Enter and draws a fresh prompt on a new row', () => {
    const t = setup();
    t.type('Get-UMDialPlan\r');
    expect(t.submitted).toEqual(['Get-UMDialPlan']);
    expect(t.writes.slice(-2)).toEqual(['\r\n', '\r\x1b[JPS> \r\x1b[4C']);
  });

  it('shows the continuation prompt after a trailing backtick', () => {
    const t = setup();
    t.type('Get-X `\r');
    expect(t.last()).toBe('\r\x1b[J>> \r\x1b[3C');
    t.type('-Name a\r');
    expect(t.submitted).toEqual(['Get-X `\n-Name a']);
  });

  it('runs each complete line of a paste, and keeps the unfinished last one', () => {
    const t = setup();
    t.type('\x1b[200~Get-A\r\nGet-B\r\nGet-C\x1b[201~');
    expect(t.submitted).toEqual(['Get-A', 'Get-B']);
    expect(t.addon.line).toEqual({ text: 'Get-C', cursor: 5 });
  });

  it('Ctrl+C leaves ^C on screen, runs nothing and starts a new line', () => {
    const t = setup();
    t.type('Get-A\x03');
    expect(t.submitted).toEqual([]);
    expect(t.writes).toContain('^C');
    expect(t.addon.line.text).toBe('');
  });

  it('hands Tab to the completer and resets it on any other key', () => {
    const t = setup();
    const calls: string[] = [];
    t.addon.setCompleter({ complete: (_e, direction) => calls.push(`complete ${direction}`), reset: () => calls.push('reset') });
    t.type('a\t\x1b[Z');
    expect(calls).toEqual(['reset', 'complete 1', 'complete -1']);
  });

  it('writes output above the prompt and redraws the line being typed', () => {
    const t = setup();
    t.type('Get-');
    t.addon.writeAbovePrompt(['note']);
    expect(t.writes.slice(-4)).toEqual(['\r', '\x1b[J', 'note\r\n', '\r\x1b[JPS> Get-\r\x1b[8C']);
  });

  it('measures prompts without their colour codes', () => {
    expect(visibleWidth('\x1b[92m[EMS] mbx01 PS C:\\>\x1b[0m ')).toBe('[EMS] mbx01 PS C:\\> '.length);
  });
});
