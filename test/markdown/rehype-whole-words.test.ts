import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeWholeWords from '../../src/markdown/rehype-whole-words.ts';

const html = (markdown: string) => String(unified().use(remarkParse).use(remarkRehype).use(rehypeWholeWords).use(rehypeStringify).processSync(markdown));
const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('rehype-whole-words', () => {
  it('keeps the words of a code block whole, its text unchanged', () => {
    const source = 'Get-CsPool -Identity lyncpool-paris.contoso.com | Format-List Identity';
    const out = html(`\`\`\`powershell\n${source}\n\`\`\``);
    expect(out).toContain('<code class="language-powershell"><span class="word">Get-CsPool</span> <span class="word">-Identity</span> <span class="word">lyncpool-paris.contoso.com</span> | <span class="word">Format-List</span> Identity');
    expect(text(out)).toContain(source);
  });

  it('keeps inline code whole too, and leaves prose alone', () => {
    expect(html('Run `Get-CsPool -Identity x` on a Front-End server.')).toBe('<p>Run <code><span class="word">Get-CsPool</span> <span class="word">-Identity</span> x</code> on a Front-End server.</p>');
  });
});
