import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addToList,
  bareOrQuoted,
  isInertBareArgument,
  quoteList,
  quoteLiteral,
} from '../../../src/domain/powershell/quote.ts';

const isQuote = (c: string | undefined) => c !== undefined && /['\u2018-\u201B]/.test(c);

/**
 * An independent reading of a quoteLiteral result with PowerShell's own rules: a single-quoted
 * string ends at the first quote character (ASCII or U+2018–U+201B) not followed by another one;
 * a doubled quote stands for the first of the pair. `[char]0x..` parts are decoded too.
 * Returns the value and how many characters the literal consumed.
 */
function readSingleQuoted(text: string, start = 0): { value: string; end: number } {
  if (!isQuote(text[start])) throw new Error(`no opening quote at ${start} in ${text}`);
  let value = '';
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) throw new Error(`unterminated literal: ${text}`);
    if (isQuote(c)) {
      if (isQuote(text[i + 1])) {
        value += c;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i += 1;
  }
}

function readLiteral(text: string): string {
  if (!text.startsWith('(')) {
    const { value, end } = readSingleQuoted(text);
    expect(end, `literal ${text} must be one token`).toBe(text.length);
    return value;
  }
  // Concatenation form: ('…' + [char]0x0A + '…')
  let value = '';
  let i = 1;
  for (;;) {
    if (text.startsWith('[char]0x', i)) {
      const hex = /^\[char\]0x([0-9A-F]+)/.exec(text.slice(i))!;
      value += String.fromCodePoint(parseInt(hex[1]!, 16));
      i += hex[0].length;
    } else {
      const part = readSingleQuoted(text, i);
      value += part.value;
      i = part.end;
    }
    if (text[i] === ')') {
      expect(i, 'closing parenthesis ends the literal').toBe(text.length - 1);
      return value;
    }
    expect(text.slice(i, i + 3)).toBe(' + ');
    i += 3;
  }
}

const hostile = [
  "'; Remove-Item C:\\ -Recurse #",
  '$(calc)',
  '‘x’',
  '‚y‛',
  '<script>alert(1)</script>',
  'a`b`$c',
  'line1\nline2',
  'cr\rlf',
  'nul\u0000byte',
  '"double" quotes $env:USERNAME',
  '@splat',
  '-Force',
  '–Force',
  '1e5',
  '0x10',
  '0123',
  '--%',
  'a;b',
  'a|b',
  'a&b',
  '{ script }',
  'x,y',
  '# comment',
  'tab\there',
  '\u2028sep',
  '',
];

describe('quoteLiteral', () => {
  it.each(hostile)('keeps %j as exactly that string', (value) => {
    expect(readLiteral(quoteLiteral(value))).toBe(value);
  });

  it('doubles every quote character, ASCII and typographic', () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quoteLiteral('‘x’')).toBe("'‘‘x’’'");
    expect(quoteLiteral('a‚b‛c')).toBe("'a‚‚b‛‛c'");
  });

  it('does not escape what single quotes already make inert', () => {
    expect(quoteLiteral('$(calc)')).toBe("'$(calc)'");
    expect(quoteLiteral('a`b')).toBe("'a`b'");
    expect(quoteLiteral('"x"')).toBe(`'"x"'`);
  });

  it('keeps the command on one line: control characters become [char] codes', () => {
    expect(quoteLiteral('a\nb')).toBe("('a' + [char]0x0A + 'b')");
    expect(quoteLiteral('\u0000')).toBe("('' + [char]0x00)");
    expect(quoteLiteral('x\r\n')).not.toMatch(/[\r\n]/);
  });

  it('spells C1 controls, bidi and zero-width characters as [char] codes, so the command reads as it runs', () => {
    expect(quoteLiteral('sip:\u202Emoc.evil@x')).toBe("('sip:' + [char]0x202E + 'moc.evil@x')");
    expect(quoteLiteral('a\u009B2Jb')).toBe("('a' + [char]0x9B + '2Jb')");
    expect(quoteLiteral('a\u200Bb')).toBe("('a' + [char]0x200B + 'b')");
    // beyond U+FFFF: one [char] per UTF-16 unit
    expect(quoteLiteral('\u{E0041}')).toBe("('' + [char]0xDB40 + [char]0xDC41)");
  });

  it('round-trips any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const quoted = quoteLiteral(value);
        expect(quoted).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
        expect(readLiteral(quoted)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips strings dense in quote characters (property)', () => {
    const quoteHeavy = fc.string({ unit: fc.constantFrom("'", '‘', '’', '‚', '‛', 'a', '$', '`', '\n') });
    fc.assert(
      fc.property(quoteHeavy, (value) => {
        expect(readLiteral(quoteLiteral(value))).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bareOrQuoted', () => {
  it.each([
    'mbx01.contoso.com',
    'sip:alice@contoso.com',
    'site:Paris',
    'Registrar:lyncpool-paris.contoso.com',
    'Dual',
    'alice@contoso.com',
    'ParisSIP',
  ])('leaves the inert token %s bare', (value) => {
    expect(bareOrQuoted(value)).toBe(value);
  });

  it.each(hostile)('quotes %j', (value) => {
    const rendered = bareOrQuoted(value);
    expect(rendered === value && value !== '').toBe(false);
    expect(readLiteral(rendered)).toBe(value);
  });

  it.each(['1:1', '+33140001000', '5060', 'tel:+33140001234;ext=1234', 'Paris SIP', 'CN=x', 'a=b', 'é', 'a—b', 'a–b'])(
    'quotes %j (numbers, operators, spaces, non-ASCII)',
    (value) => {
      expect(isInertBareArgument(value)).toBe(false);
      expect(bareOrQuoted(value).startsWith("'")).toBe(true);
    },
  );

  it('never returns an unquoted token holding a PowerShell metacharacter (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const rendered = bareOrQuoted(value);
        if (rendered === value) {
          expect(rendered).toMatch(/^[A-Za-z][A-Za-z0-9._:@-]*$/);
        } else {
          expect(readLiteral(rendered)).toBe(value);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('quoteList and addToList', () => {
  it('joins list elements with commas, quoting each as needed', () => {
    expect(quoteList(['mbx01.contoso.com', 'mbx02.contoso.com'])).toBe('mbx01.contoso.com,mbx02.contoso.com');
    expect(quoteList(['a b', "x'; Remove-Item C:\\ #"])).toBe("'a b','x''; Remove-Item C:\\ #'");
    expect(quoteList([])).toBe('@()');
  });

  it('always quotes inside @{Add=…} because a hashtable value is expression mode', () => {
    expect(addToList('ParisSIP')).toBe("@{Add='ParisSIP'}");
    expect(addToList(['ParisSIP', 'LyonSIP'])).toBe("@{Add='ParisSIP','LyonSIP'}");
    expect(addToList("'; Remove-Item C:\\ -Recurse #")).toBe("@{Add='''; Remove-Item C:\\ -Recurse #'}");
  });
});
