import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runbookSteps } from '../../src/domain/runbook/procedures.ts';

// Guide pages point at runbook steps (`/<lang>/runbooks/<slug>/#step-<id>`); a renamed step or
// runbook must not leave a dead link behind.
const RUNBOOK_LINK = /\]\(\/(en|fr)\/runbooks\/([a-z0-9-]+)\/(?:#step-([a-z0-9-]+))?\)/g;

describe.each(['en', 'fr'])('links from the %s guide to runbook steps', (lang) => {
  const pages = readdirSync(`content/${lang}`).filter((f) => f.endsWith('.md'));
  const links = pages.flatMap((page) =>
    [...readFileSync(`content/${lang}/${page}`, 'utf8').matchAll(RUNBOOK_LINK)].map((m) => ({ page, lang: m[1], slug: m[2]!, step: m[3] })),
  );

  it('exist (the deployment sequence links each stage to its steps)', () => {
    expect(links.filter((l) => l.page === 'deployment-sequence.md').length).toBeGreaterThanOrEqual(11);
  });

  it('stay in the page language and name a real runbook and step', () => {
    for (const link of links) {
      expect(link.lang, `${link.page}: ${link.slug}`).toBe(lang);
      const steps = runbookSteps(link.slug);
      expect(steps, `${link.page}: unknown runbook ${link.slug}`).toBeDefined();
      if (link.step) expect(steps!.map((s) => s.id), `${link.page}: ${link.slug}#step-${link.step}`).toContain(link.step);
    }
  });
});
