import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseMarkdown } from './markdown.ts';

// The helper is shared by every content test; these pin down what it reports.
describe('markdown helper', () => {
  const page = parseMarkdown(
    [
      '---',
      'title: "Chiffrement : niveaux"',
      "description: 'It''s one sentence.'",
      'order: 6   # comment',
      '---',
      '## Title {#my-id}',
      '',
      'Text with `Code-Span` and [a link](/en/x/#y).',
      '',
      '| A | B |',
      '|---|---|',
      '| `x` | `y` or `z` |',
      '',
      '```powershell',
      'Get-UMDialPlan',
      '```',
      '',
      '- [ ] task',
      '',
      '<div>raw</div>',
    ].join('\n'),
  );

  it('reads front matter', () => {
    expect(page.frontMatter).toEqual({ title: 'Chiffrement : niveaux', description: "It's one sentence.", order: 6 });
    expect(parseFrontMatter('a: plain text # c')).toEqual({ a: 'plain text' });
  });

  it('lists headings with ids and keeps file line numbers', () => {
    expect(page.headings).toEqual([{ depth: 2, text: 'Title', id: 'my-id', line: 6 }]);
  });

  it('lists tables with shapes and code per cell', () => {
    expect(page.tables).toHaveLength(1);
    expect(page.tables[0]).toMatchObject({ rows: 1, columns: 2, header: ['A', 'B'], cellCode: [[['x'], ['y', 'z']]] });
  });

  it('separates running text from code', () => {
    expect(page.texts.map((t) => t.value).join('|')).not.toContain('Code-Span');
    expect(page.codes).toEqual([
      { kind: 'inline', value: 'Code-Span', lang: null, line: 8 },
      { kind: 'inline', value: 'x', lang: null, line: 12 },
      { kind: 'inline', value: 'y', lang: null, line: 12 },
      { kind: 'inline', value: 'z', lang: null, line: 12 },
      { kind: 'block', value: 'Get-UMDialPlan', lang: 'powershell', line: 14 },
    ]);
    expect(page.links).toEqual([{ url: '/en/x/#y', text: 'a link', line: 8 }]);
  });

  it('reports task items and raw HTML', () => {
    expect(page.taskItems).toEqual([18]);
    expect(page.html).toHaveLength(1);
  });
});
