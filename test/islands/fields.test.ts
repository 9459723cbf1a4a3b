/**
 * The form descriptions (src/islands/forms/fields.ts): every field names a real profile field and
 * has a label in both languages; findings land on the field they concern.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/domain/check.ts';
import type { Finding } from '../../src/domain/finding.ts';
import { setAt, valueAt } from '../../src/domain/profile/edit.ts';
import { exampleProfile, profileSchema } from '../../src/domain/profile/index.ts';
import { hasMessage } from '../../src/i18n/index.ts';
import { assignFindings, fieldId, fieldsForReads, keyPath, parseInteger, parseLines, renderedPaths, sectionIds, sections, valueSources } from '../../src/islands/forms/fields.ts';
import { runbookProcedures } from '../../src/domain/runbook/procedures.ts';

const finding = (path: (string | number)[], severity: Finding['severity'] = 'error'): Finding => ({ ruleId: 'r', severity, path, params: {} });

describe('form sections', () => {
  it.each(sectionIds)('%s: every field and list has its labels in the catalogs', (id) => {
    const section = sections[id];
    expect(hasMessage(`form.section.${id}`)).toBe(true);
    for (const field of section.fields) expect(hasMessage(`form.field.${field.key}`), field.key).toBe(true);
    for (const list of section.lists) {
      for (const suffix of ['item', 'add', 'empty']) expect(hasMessage(`form.list.${list.key}.${suffix}`), `${list.key}.${suffix}`).toBe(true);
      for (const field of list.fields) expect(hasMessage(`form.field.${list.key}.${field.key}`), `${list.key}.${field.key}`).toBe(true);
    }
  });

  it.each(sectionIds)('%s: every path exists in the example profile or is an optional field', (id) => {
    for (const path of renderedPaths(sections[id], exampleProfile)) {
      const value = valueAt(exampleProfile, path);
      const last = String(path[path.length - 1]);
      const optional = ['name', 'cumulativeUpdate', 'director', 'selfSigned', 'thumbprint', 'notAfter', 'mailboxPolicy', 'mailboxVersion', 'frontEndServers'].includes(last);
      expect(value !== undefined || optional, path.join('.')).toBe(true);
    }
  });

  it.each(sectionIds.flatMap((id) => sections[id].lists.map((list) => [id, list] as const)))('%s: a new item keeps the profile valid', (_, list) => {
    const items = valueAt(exampleProfile, keyPath(list.key)) as unknown[];
    const next = setAt(exampleProfile, keyPath(list.key), [...items, list.newItem(exampleProfile)]);
    expect(v.safeParse(profileSchema, next).success).toBe(true);
    // …and the rules point at what is missing, so the operator sees where to type. (A new
    // certificate carries no server yet, so no rule concerns it until servers are listed.)
    const pointed = checkProfile(next).some((f) => f.severity === 'error' && f.path?.join('.').startsWith(`${list.key}.${items.length}`));
    expect(pointed).toBe(list.key !== 'certificates');
  });

  it('covers every top-level part of the profile', () => {
    const covered = new Set(sectionIds.flatMap((id) => [...sections[id].fields.map((f) => f.key), ...sections[id].lists.map((l) => l.key)]).map((key) => key.split('.')[0]));
    const schemaKeys = Object.keys(profileSchema.entries).filter((key) => key !== 'schemaVersion');
    expect([...covered].sort()).toEqual(schemaKeys.sort());
  });
});

describe('assignFindings', () => {
  const paths = renderedPaths(sections.certificates, exampleProfile);

  it('puts a finding on the deepest rendered path that contains it', () => {
    const placed = assignFindings([finding(['certificates', 1, 'san', 1]), finding(['certificates', 0]), finding(['certificates'])], paths);
    expect([...placed.keys()].sort()).toEqual(['certificates', 'certificates.0', 'certificates.1.san']);
  });

  it('leaves out info findings, findings without a path and findings of other sections', () => {
    const placed = assignFindings([finding(['certificates', 0, 'name'], 'info'), { ruleId: 'r', severity: 'error', params: {} }, finding(['dialPlans', 0, 'name'])], paths);
    expect(placed.size).toBe(0);
  });

  it('places the real findings of a broken dial plan on its fields', () => {
    const broken = setAt(setAt(exampleProfile, ['dialPlans', 1, 'name'], 'Lyon SIP'), ['lync', 'encryptionLevel'], 'RequireEncryption');
    const withSip = setAt(broken, ['dialPlans', 0, 'voipSecurity'], 'SIPSecured');
    const placed = assignFindings(checkProfile(withSip), renderedPaths(sections.dialPlans, withSip));
    expect(placed.get('dialPlans.1.name')?.map((f) => f.ruleId)).toContain('dial-plan-name');
    expect([...placed.values()].flat().some((f) => f.ruleId === 'encryption-compatibility')).toBe(true);
  });
});

describe('field parsing', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['  a  \r\n\n\n b ', ['a', 'b']],
    ['', []],
  ])('parseLines(%j)', (text, expected) => {
    expect(parseLines(text)).toEqual(expected);
  });

  it.each([
    ['4', 4],
    [' 12 ', 12],
    ['-1', -1],
    ['', null],
    ['4.5', undefined],
    ['4a', undefined],
    ['1e3', undefined],
  ])('parseInteger(%j) → %j', (text, expected) => {
    expect(parseInteger(text)).toBe(expected);
  });

  it('builds ids from paths', () => {
    expect(fieldId(['dialPlans', 0, 'name'])).toBe('pf-dialPlans-0-name');
    expect(fieldId(['lync', 'encryptionLevel'], 'x')).toBe('x-lync-encryptionLevel');
  });
});

describe('a runbook step’s own fields (its "Edit these values")', () => {
  it('every field and list a step can show has a short label in both catalogs', () => {
    for (const source of valueSources) expect(hasMessage(`stepValues.label.${source.key}`), source.key).toBe(true);
  });

  it.each([
    [['lync.encryptionLevel'], ['lync.encryptionLevel'], []],
    [['exchange'], ['exchange.version'], ['exchange.servers']],
    [['gateways', 'lync.pools'], ['gateways.outboundPool'], ['lync.pools']],
    [['users', 'dialPlans'], [], ['dialPlans', 'users']],
    [['organization'], ['organization.sipDomain'], []],
  ])('%j opens exactly the fields %j and the lists %j', (reads, fields, lists) => {
    const set = fieldsForReads(reads);
    expect(set.fields.map((f) => f.key)).toEqual(fields);
    expect(set.lists.map((l) => l.key)).toEqual(lists);
  });

  it('every step of every runbook has something to show and edit, and only what it reads', () => {
    for (const [slug, steps] of Object.entries(runbookProcedures)) {
      for (const step of steps) {
        const set = fieldsForReads(step.reads);
        const keys = [...set.fields, ...set.lists].map((f) => f.key);
        expect(keys.length, `${slug}/${step.id}`).toBeGreaterThan(0);
        for (const key of keys) expect(step.reads.some((read) => key === read || key.startsWith(`${read}.`)), `${slug}/${step.id}: ${key}`).toBe(true);
      }
    }
  });
});
