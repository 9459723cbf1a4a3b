/**
 * Every rule file has everything a rule needs: it is registered, its id is its file name, it has a
 * test file, a reference page in both languages and its title and message in both catalogs. The
 * list comes from the directory, never from a hand-written list, so profile rules and the script
 * rules (`ps-*`) are held to the same standard.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateRules, profileRules, rules, scriptRules } from '../../../src/domain/rules/index.ts';
import type { MessageKey } from '../../../src/i18n/index.ts';
import { loadedDictionaries as dictionaries } from '../../../src/i18n/dictionaries.ts';

const root = new URL('../../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/domain/rules/', root))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.slice(0, -3))
  .sort();

/** The rule objects a module exports (default or named): objects with a string id and a kind. */
function exportedRules(module: Record<string, unknown>): Array<{ id: string; kind: string }> {
  return [...new Set(Object.values(module))].filter(
    (value): value is { id: string; kind: string } =>
      typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && 'kind' in value,
  );
}

describe('rule files', () => {
  it('exist', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('are all registered, and nothing else is', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(ruleFiles);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(profileRules.every((r) => r.kind === 'profile')).toBe(true);
    expect(scriptRules.every((r) => r.kind === 'script')).toBe(true);
    expect(certificateRules.every((r) => r.kind === 'certificate')).toBe(true);
  });

  describe.each(ruleFiles)('%s', (id) => {
    it('exports one rule whose id is the file name, the one registered', async () => {
      const module = (await import(`../../../src/domain/rules/${id}.ts`)) as Record<string, unknown>;
      const exported = exportedRules(module);
      expect(exported.map((r) => r.id)).toEqual([id]);
      expect(rules).toContain(exported[0]);
    });

    it('has a test file', () => {
      expect(existsSync(new URL(`test/domain/rules/${id}.test.ts`, root))).toBe(true);
    });

    it.each(['en', 'fr'] as const)('has a %s reference page with a title', (lang) => {
      const page = new URL(`content/rules/${lang}/${id}.md`, root);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text).toMatch(/^---\ntitle: .+\n---\n/);
      expect(text.replace(/^---\n[\s\S]*?\n---\n/, '').trim().length).toBeGreaterThan(0);
    });

    it.each(['en', 'fr'] as const)('has its title and message in %s', (lang) => {
      expect(dictionaries[lang]?.[`rule.${id}.title` as MessageKey]).toBeTruthy();
      expect(dictionaries[lang]?.[`rule.${id}.message` as MessageKey]).toBeTruthy();
    });

    it('points to a guide section as <slug>#<section>, when it names one', () => {
      const rule = rules.find((r) => r.id === id);
      if (rule?.guide !== undefined) expect(rule.guide).toMatch(/^[a-z-]+#[a-z0-9-]+$/);
    });
  });
});
