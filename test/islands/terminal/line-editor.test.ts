import { describe, expect, it } from 'vitest';
import {
  History,
  LineBuffer,
  LineEditor,
  continuesOnNextLine,
  decodeInput,
  flattenContinuations,
  splitPaste,
  type EditorInput,
} from '../../../src/islands/terminal/line-editor.ts';
import { terminalLimits } from '../../../src/islands/terminal/limits.ts';
import { isIncompleteInput } from '../../../src/domain/powershell/parser.ts';

/** Types `data` as xterm would deliver it and returns the editor with its last effect. */
function typeInto(editor: LineEditor, data: string) {
  const effects = decodeInput(data).map((input) => editor.handle(input));
  return { text: editor.buffer.text, cursor: editor.buffer.cursor, effects };
}

describe('decodeInput', () => {
  const rows: [string, string, EditorInput[]][] = [
    ['plain text in one run', 'Get-UM', [{ kind: 'text', text: 'Get-UM' }]],
    ['arrows (normal mode)', '\x1b[D\x1b[C\x1b[A\x1b[B', [
      { kind: 'key', name: 'left' }, { kind: 'key', name: 'right' }, { kind: 'key', name: 'up' }, { kind: 'key', name: 'down' }]],
    ['arrows (application mode)', '\x1bOD\x1bOC', [{ kind: 'key', name: 'left' }, { kind: 'key', name: 'right' }]],
    ['Home/End variants', '\x1b[H\x1b[F\x1b[1~\x1b[4~\x1bOH\x1bOF', [
      { kind: 'key', name: 'home' }, { kind: 'key', name: 'end' }, { kind: 'key', name: 'home' },
      { kind: 'key', name: 'end' }, { kind: 'key', name: 'home' }, { kind: 'key', name: 'end' }]],
    ['Ctrl+A/E/U/K/W/Y/C/L', '\x01\x05\x15\x0b\x17\x19\x03\x0c', [
      { kind: 'key', name: 'home' }, { kind: 'key', name: 'end' }, { kind: 'key', name: 'killToStart' },
      { kind: 'key', name: 'killToEnd' }, { kind: 'key', name: 'killWordBack' }, { kind: 'key', name: 'yank' },
      { kind: 'key', name: 'cancel' }, { kind: 'key', name: 'clearScreen' }]],
    ['Tab and Shift+Tab', '\t\x1b[Z', [{ kind: 'key', name: 'tab' }, { kind: 'key', name: 'shiftTab' }]],
    ['a lone Escape', '\x1b', [{ kind: 'key', name: 'escape' }]],
    ['CR LF is one Enter', 'a\r\nb', [{ kind: 'text', text: 'a' }, { kind: 'key', name: 'enter' }, { kind: 'text', text: 'b' }]],
    ['bracketed paste keeps its newlines', 'x\x1b[200~a\r\nb\x1b[201~', [{ kind: 'text', text: 'x' }, { kind: 'paste', text: 'a\r\nb' }]],
    ['unknown function key is dropped, not typed', '\x1b[15~a', [{ kind: 'text', text: 'a' }]],
    ['Delete and Ctrl+arrows', '\x1b[3~\x1b[1;5D\x1b[1;5C', [
      { kind: 'key', name: 'delete' }, { kind: 'key', name: 'wordLeft' }, { kind: 'key', name: 'wordRight' }]],
  ];
  for (const [name, data, expected] of rows) {
    it(name, () => expect(decodeInput(data)).toEqual(expected));
  }
});

describe('LineEditor editing keys', () => {
  const rows: { name: string; keys: string; text: string; cursor: number }[] = [
    { name: 'types text', keys: 'Get-UMDialPlan', text: 'Get-UMDialPlan', cursor: 14 },
    { name: 'inserts at the cursor after Left', keys: 'Gt\x1b[De', text: 'Get', cursor: 2 },
    { name: 'Home then type inserts at the start', keys: 'Plan\x1b[HDial', text: 'DialPlan', cursor: 4 },
    { name: 'Ctrl+A / Ctrl+E', keys: 'abc\x01X\x05Y', text: 'XabcY', cursor: 5 },
    { name: 'Backspace deletes before the cursor', keys: 'abc\x1b[D\x7f', text: 'ac', cursor: 1 },
    { name: 'Delete deletes under the cursor', keys: 'abc\x1b[H\x1b[3~', text: 'bc', cursor: 0 },
    { name: 'Ctrl+U kills to the start', keys: 'Get-X -Name a\x1b[D\x1b[D\x15', text: ' a', cursor: 0 },
    { name: 'Ctrl+K kills to the end', keys: 'Get-X -Name a\x01\x1b[C\x1b[C\x0b', text: 'Ge', cursor: 2 },
    { name: 'Ctrl+W kills the previous blank-delimited word', keys: 'Set-UMDialPlan -Identity Paris\x17', text: 'Set-UMDialPlan -Identity ', cursor: 25 },
    { name: 'Ctrl+W skips trailing blanks first', keys: 'a bc  \x17', text: 'a ', cursor: 2 },
    { name: 'Ctrl+Y yanks the last kill back', keys: 'one two\x17\x01\x19 ', text: 'two one ', cursor: 4 },
    { name: 'Left at the start stays at 0', keys: '\x1b[D\x1b[Da', text: 'a', cursor: 1 },
    { name: 'Right at the end stays at the end', keys: 'ab\x1b[C\x1b[C', text: 'ab', cursor: 2 },
    { name: 'Ctrl+Left jumps over a word', keys: 'Get-UMDialPlan -Identity\x1b[1;5D', text: 'Get-UMDialPlan -Identity', cursor: 16 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = typeInto(new LineEditor(), row.keys);
      expect({ text: result.text, cursor: result.cursor }).toEqual({ text: row.text, cursor: row.cursor });
    });
  }

  it('Enter submits the line and empties the buffer', () => {
    const editor = new LineEditor();
    const { effects } = typeInto(editor, 'Get-UMDialPlan\r');
    expect(effects.at(-1)).toEqual({ kind: 'submit', command: 'Get-UMDialPlan' });
    expect(editor.buffer.text).toBe('');
  });

  it('Ctrl+C cancels the line and any continuation', () => {
    const editor = new LineEditor();
    const { effects } = typeInto(editor, 'Set-X `\r-Name a\x03');
    expect(effects.at(-1)).toEqual({ kind: 'cancel' });
    expect(editor.buffer.text).toBe('');
    expect(editor.continuing).toBe(false);
  });

  it('Ctrl+L asks for a clear screen without touching the line', () => {
    const editor = new LineEditor();
    const { effects, text } = typeInto(editor, 'abc\x0c');
    expect(effects.at(-1)).toEqual({ kind: 'clearScreen' });
    expect(text).toBe('abc');
  });

  it('Tab and Shift+Tab ask for completion forwards and backwards', () => {
    const { effects } = typeInto(new LineEditor(), '\t\x1b[Z');
    expect(effects).toEqual([{ kind: 'complete', direction: 1 }, { kind: 'complete', direction: -1 }]);
  });

  it('stops inserting at the line-length limit and rings the bell', () => {
    const editor = new LineEditor();
    const effect = editor.handle({ kind: 'text', text: 'x'.repeat(terminalLimits.lineLength + 5) });
    expect(editor.buffer.text.length).toBe(terminalLimits.lineLength);
    expect(effect).toEqual({ kind: 'bell' });
  });
});

describe('backtick continuation', () => {
  it('a trailing backtick continues; the command joins the physical lines', () => {
    const editor = new LineEditor();
    const first = typeInto(editor, 'New-UMDialPlan -Name ParisSIP `\r');
    expect(first.effects.at(-1)).toEqual({ kind: 'continue' });
    expect(editor.continuing).toBe(true);
    const second = typeInto(editor, '  -URIType SipName\r');
    expect(second.effects.at(-1)).toEqual({ kind: 'submit', command: 'New-UMDialPlan -Name ParisSIP `\n  -URIType SipName' });
    expect(editor.continuing).toBe(false);
  });

  it('history keeps the continued command as one line', () => {
    const editor = new LineEditor();
    typeInto(editor, 'Get-X `\r-Name a\r\x1b[A');
    expect(editor.buffer.text).toBe('Get-X -Name a');
  });

  const rows: [string, boolean][] = [['a `', true], ['a', false], ['a ` ', false], ['a ``', false], ['`', true]];
  for (const [line, expected] of rows) it(`continuesOnNextLine(${JSON.stringify(line)}) is ${expected}`, () => expect(continuesOnNextLine(line)).toBe(expected));

  it('flattenContinuations turns backtick-newline into a blank', () => {
    expect(flattenContinuations('a `\n   -b c `\r\n-d')).toBe('a -b c -d');
  });
});

describe('continuation on unfinished input (PowerShell)', () => {
  it('Enter inside an open hashtable continues; the closing brace submits the whole command', () => {
    const editor = new LineEditor(new History(), isIncompleteInput);
    expect(typeInto(editor, '$inventory = @{\r').effects.at(-1)).toEqual({ kind: 'continue' });
    expect(typeInto(editor, "    shell = 'exchange'\r").effects.at(-1)).toEqual({ kind: 'continue' });
    expect(typeInto(editor, '}\r').effects.at(-1)).toEqual({ kind: 'submit', command: "$inventory = @{\n    shell = 'exchange'\n}" });
  });

  it('an empty line ends it, as in the console; without a PowerShell check nothing continues', () => {
    const editor = new LineEditor(new History(), isIncompleteInput);
    typeInto(editor, "Write-Host 'open\r");
    expect(typeInto(editor, '\r').effects.at(-1)).toEqual({ kind: 'submit', command: "Write-Host 'open\n" });
    expect(typeInto(new LineEditor(), '$h = @{\r').effects.at(-1)).toEqual({ kind: 'submit', command: '$h = @{' });
  });

  it.each([
    ['$inventory = @{', true],
    ["'open", true],
    ['<# comment', true],
    ['Get-UMDialPlan | Where-Object { $_.Name', true],
    ['Get-UMDialPlan', false],
    ['@{ a = 1 }', false],
    ['Get-X )', false],
  ])('isIncompleteInput(%j) is %s', (text, expected) => expect(isIncompleteInput(text)).toBe(expected));
});

describe('History', () => {
  it('Up walks back, Down walks forward and gives the draft back', () => {
    const editor = new LineEditor(new History(['one', 'two']));
    typeInto(editor, 'dra');
    expect(typeInto(editor, '\x1b[A').text).toBe('two');
    expect(typeInto(editor, '\x1b[A').text).toBe('one');
    expect(typeInto(editor, '\x1b[A').effects.at(-1)).toEqual({ kind: 'bell' });
    expect(typeInto(editor, '\x1b[B').text).toBe('two');
    expect(typeInto(editor, '\x1b[B').text).toBe('dra');
  });

  it('skips blank lines and immediate repeats', () => {
    const history = new History();
    for (const line of ['a', 'a', '  ', 'b', 'a']) history.push(line);
    expect(history.list()).toEqual(['a', 'b', 'a']);
  });

  it('keeps only the newest entries', () => {
    const history = new History([], 3);
    for (const line of ['1', '2', '3', '4', '5']) history.push(line);
    expect(history.list()).toEqual(['3', '4', '5']);
    expect(new History(['a', 'b', 'c', 'd'], 2).list()).toEqual(['c', 'd']);
  });

  it('a submitted line ends browsing', () => {
    const editor = new LineEditor(new History(['one', 'two']));
    typeInto(editor, '\x1b[A\x1b[A\r');
    expect(typeInto(editor, '\x1b[A').text).toBe('one');
  });
});

describe('splitPaste', () => {
  const rows: [string, string, { lines: string[]; rest: string; dropped: number }][] = [
    ['complete lines run, nothing stays', 'a\nb\n', { lines: ['a', 'b'], rest: '', dropped: 0 }],
    ['an unfinished last line stays in the editor', 'a\nb\nc', { lines: ['a', 'b'], rest: 'c', dropped: 0 }],
    ['Windows line ends', 'a\r\nb\r\n', { lines: ['a', 'b'], rest: '', dropped: 0 }],
    ['a single word is just typed', 'Get-UM', { lines: [], rest: 'Get-UM', dropped: 0 }],
    ['tabs become blanks, never completion', 'a\tb', { lines: [], rest: 'a    b', dropped: 0 }],
  ];
  for (const [name, text, expected] of rows) it(name, () => expect(splitPaste(text)).toEqual(expected));

  it('drops lines past the paste limit', () => {
    const text = Array.from({ length: terminalLimits.pasteLines + 3 }, (_, i) => `l${i}`).join('\n') + '\n';
    const result = splitPaste(text);
    expect(result.lines).toHaveLength(terminalLimits.pasteLines);
    expect(result.dropped).toBe(3);
  });
});

describe('LineBuffer.replaceRange', () => {
  it('replaces a word and puts the cursor after it', () => {
    const b = new LineBuffer();
    b.set('Set-UMDial -x');
    b.replaceRange(0, 10, 'Set-UMDialPlan');
    expect([b.text, b.cursor]).toEqual(['Set-UMDialPlan -x', 14]);
  });
});
