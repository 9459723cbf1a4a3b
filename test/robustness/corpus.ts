/**
 * Hostile values tried through every way a value gets into Passerelle (forms, import, share link,
 * storage, terminal, CLI). Each one has broken a real tool somewhere: quoting and injection,
 * control and escape sequences, bidi and zero-width characters, unpaired surrogates, markup,
 * prototype keys, very long text. The README's robustness figures count these.
 */
export const hostileValues: readonly string[] = [
  // PowerShell and cmd.exe injection
  "'; Remove-Item C:\\ -Recurse #",
  '$(Remove-Item C:\\ -Recurse)',
  '‘x’; calc',
  'a`$b`nc',
  '"; & calc.exe & "',
  '@{Add="x"}',
  '--% & calc',
  '-Confirm:$false',
  'x | Out-File C:\\pwned.txt',
  '%COMSPEC% /c calc',
  // line breaks, controls and terminal escape sequences
  'x\nRemove-Item C:\\',
  'x\r\nnet user evil /add',
  'a\u0000b',
  '\x1b]0;PWNED\x07\x1b[2J\x1b[31m',
  'Paris\x1b[8mSIP',
  '\x9b2J\x9d0;title\x9c',
  'tab\there',
  'a\u2028b\u2029c\u0085d',
  '\x7f\x08\x08\x08rm',
  // direction and invisible characters
  'sip:\u202Emoc.evil@x',
  'Paris\u200BSIP',
  '\u2066isolated\u2069',
  '\uFEFFbom',
  'soft\u00ADhyphen',
  'tag\u{E0041}\u{E0042}',
  // broken UTF-16, wide and combining characters
  '\uD800lone',
  'lone\uDC00',
  '👩‍💻 émoji',
  'e\u0301\u0301\u0301',
  'القاهرة',
  '中文名',
  // markup, JSON and object keys
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"},"schemaVersion":2,"x":{"',
  '__proto__',
  'constructor',
  '{{value}} {0} %s',
  '](javascript:alert(1))',
  '``` \n# heading',
  // sizes
  '',
  ' ',
  'x'.repeat(10_000),
];
