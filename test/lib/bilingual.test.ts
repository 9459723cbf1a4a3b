import { describe, expect, it } from 'vitest';
import { pairSections, splitSections } from '../../src/lib/bilingual.ts';

describe('splitSections', () => {
  it('splits sections and prefixes ids and in-page links', () => {
    const html =
      '<section data-section="intro"><p>x</p></section><section data-section="a"><h2 id="a">A</h2><p><a href="#b">b</a> <a href="/en/x/#b">out</a></p></section>';
    expect(splitSections(html, 'fr')).toEqual([
      { id: 'intro', html: '<p>x</p>' },
      { id: 'a', html: '<h2 id="fr-a">A</h2><p><a href="#fr-b">b</a> <a href="/en/x/#b">out</a></p>' },
    ]);
  });
});

describe('pairSections', () => {
  it('aligns by id and keeps sections found in one language only', () => {
    const fr = [{ id: 'a', html: 'A-fr' }, { id: 'b', html: 'B-fr' }];
    const en = [{ id: 'a', html: 'A-en' }, { id: 'c', html: 'C-en' }];
    expect(pairSections(fr, en)).toEqual([
      { id: 'a', left: 'A-fr', right: 'A-en' },
      { id: 'b', left: 'B-fr', right: undefined },
      { id: 'c', left: undefined, right: 'C-en' },
    ]);
  });
});
