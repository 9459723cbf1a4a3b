/**
 * Words a command line must not be cut inside (src/islands/whole-words.tsx): which words are kept
 * whole, and that the rendered markup keeps the text and the highlighting exactly.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightClass, highlightPowerShell } from '../../src/domain/powershell/highlight.ts';
import { wholeWordRanges } from '../../src/lib/whole-words.ts';
import { wholeWords, WholeWords, type TextPart } from '../../src/islands/whole-words.tsx';

const render = (parts: readonly TextPart[]) => renderToString(h('code', null, wholeWords(parts)));
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const highlightedParts = (text: string): TextPart[] => highlightPowerShell(text).map((s) => ({ text: s.text, class: s.kind === 'plain' ? undefined : highlightClass(s.kind) }));

describe('wholeWordRanges', () => {
  it('finds the words a browser could cut: those with a hyphen, a dash, a slash, |, !, ?, } or %', () => {
    const text = 'Get-CsPool -Identity lyncpool-paris.contoso.com | fl a/b – x "%CommonProgramFiles%\\Microsoft ok? {x}';
    expect(wholeWordRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['Get-CsPool', '-Identity', 'lyncpool-paris.contoso.com', 'a/b', '"%CommonProgramFiles%\\Microsoft', 'ok?', '{x}']);
  });

  it('leaves alone the words no browser cuts (dots, quotes, colons, $, @, backslashes), and lone signs', () => {
    expect(wholeWordRanges('Format-List')).toEqual([[0, 11]]);
    expect(wholeWordRanges("fl Identity - x | Café 2013 'dana@fabrikam.com' $_.Identity C:\\Scripts 'a,b;c'")).toEqual([]);
  });
});

describe('wholeWords', () => {
  it('puts the class on a token that is the whole word, and wraps a word made of several tokens', () => {
    const html = render(highlightedParts("Get-CsPool -Identity 'lyncpool-paris.contoso.com' | Format-List Identity"));
    expect(html).toContain(`<span class="${highlightClass('command')} word">Get-CsPool</span>`);
    expect(html).toContain(`<span class="${highlightClass('parameter')} word">-Identity</span>`);
    expect(html).toContain(`<span class="${highlightClass('string')} word">'lyncpool-paris.contoso.com'</span>`);
    const across = render([{ text: '$a', class: 'v' }, { text: '-' }, { text: '$b', class: 'v' }, { text: ' x' }]);
    expect(across).toBe('<code><span class="word"><span class="v">$a</span>-<span class="v">$b</span></span> x</code>');
  });

  it('keeps a token one element: the words inside a string are elements within it', () => {
    const html = render(highlightedParts("New-UMDialPlan -Name '''; Remove-Item C:\\ -Recurse #' -URIType SipName"));
    expect(html).toContain(`<span class="${highlightClass('string')}">'''; <span class="word">Remove-Item</span> C:\\ <span class="word">-Recurse</span> #'</span>`);
  });

  it('keeps a word whole when it starts or ends inside a token', () => {
    expect(render([{ text: 'say a-', class: 's' }, { text: 'b now' }])).toBe('<code><span class="s">say </span><span class="word"><span class="s">a-</span>b</span> now</code>');
  });

  it('renders plain text unchanged when no word needs keeping', () => {
    expect(renderToString(h(WholeWords, { text: 'Paris 2013 fabrikam.com' }))).toBe('Paris 2013 fabrikam.com');
    expect(renderToString(h(WholeWords, { text: 'lyncpool-paris.fabrikam.com' }))).toBe('<span class="word">lyncpool-paris.fabrikam.com</span>');
  });

  it('never changes the text, in any mix of tokens', () => {
    const part = fc.record({ text: fc.stringMatching(/^[a-z -/$'–.%?]{1,8}$/), class: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.map((p) => p.text).join('');
        const html = render(parts);
        expect(textOf(html)).toBe(text);
        // One `word` element per word to keep, whatever the tokens around it.
        expect(html.match(/\bword"/g)?.length ?? 0).toBe(wholeWordRanges(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the text of every generated command', () => {
    const text = "Get-UMDialPlan -Identity 'Paris-SIP' | ForEach-Object { Set-UMDialPlan -Identity $_.Identity -ConfiguredInCountryOrRegionGroups @('Anywhere,*,*,*') }";
    expect(textOf(render(highlightedParts(text)))).toBe(text);
  });
});
