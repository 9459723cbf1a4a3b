/**
 * quoteLiteral (src/domain/powershell/quote.ts) against both parsers: for any hostile string s,
 * `Set-UMDialPlan -Identity <quoteLiteral(s)>` is exactly one command with one argument whose value
 * is s — for our parser — and one statement with one literal argument and no error for
 * tree-sitter-powershell.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { parseScript } from '../../../src/domain/powershell/parser.ts';
import { quoteLiteral } from '../../../src/domain/powershell/quote.ts';
import { staticValue } from '../../../src/domain/powershell/values.ts';
import { commandArguments, descendants, topStatements, treeSitter } from './tree-sitter-oracle.ts';

let ts: Parser;
beforeAll(async () => {
  ts = await treeSitter();
});

const hostilePiece = fc.oneof(
  fc.constantFrom(
    "'", "''", '\u2018', '\u2019', '\u201A', '\u201B', '"', '\u201C', '\u201D', '\u201E', ';', '$(', ')', '$(Remove-Item C:\\ -Recurse)', '`', '``',
    '\n', '\r\n', '\r', '\t', '#', '<#', '#>', '-', '\u2013', '\u2014', '\u2015', '\0', '|', '&&', '@{', '}', '{', '$env:PATH', '@\'', '\'@', ' ', '\u00A0',
    '\u2028', '\u0085', '\u007F', '--%', ',', 'x',
    // C1 CSI, bidi overrides and isolates, zero-width characters, a tag character, a lone surrogate
    '\u009B', '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u{E0041}', '\uD800',
  ),
  fc.string({ maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const hostile = fc.array(hostilePiece, { maxLength: 12 }).map((parts) => parts.join(''));
const hasControl = (s: string) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u.test(s);

describe('quoteLiteral round trip', () => {
  it('our parser reads back exactly the value, as one command with one argument', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const source = `Set-UMDialPlan -Identity ${quoteLiteral(value)}`;
        const result = parseScript(source);
        expect(result.diagnostics).toEqual([]);
        expect(result.script.statements).toHaveLength(1);
        expect(result.commands).toHaveLength(1);
        const [parameter, argument, ...rest] = result.commands[0]!.elements;
        expect(rest).toEqual([]);
        expect(parameter).toMatchObject({ kind: 'CommandParameter', name: 'Identity' });
        const sv = staticValue(argument && argument.kind !== 'CommandParameter' && argument.kind !== 'EndOfParameters' && argument.kind !== 'StopParsing' ? argument : null);
        expect(sv.kind).toBe('string');
        expect(sv.kind === 'string' && sv.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('tree-sitter agrees: one statement, one command, one argument, no error', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const literal = quoteLiteral(value);
        const source = `Set-UMDialPlan -Identity ${literal}`;
        const root = ts.parse(source)!.rootNode;
        expect(root.hasError).toBe(false);
        expect(topStatements(root)).toHaveLength(1);
        const commands = descendants(root, 'command');
        expect(commands).toHaveLength(1);
        const args = commandArguments(commands[0]!);
        expect(args).toHaveLength(1);
        if (!hasControl(value)) {
          // one single-quoted string, exactly the literal
          const strings = descendants(args[0]!, 'string_literal');
          expect(strings).toHaveLength(1);
          expect(strings[0]!.firstNamedChild?.type).toBe('verbatim_string_characters');
          expect(strings[0]!.text).toBe(literal);
        } else {
          expect(descendants(args[0]!, 'parenthesized_expression').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
