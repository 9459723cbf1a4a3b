/**
 * What each profile form shows: its fields, its lists and the defaults of a new list item, as data.
 * One generic renderer (ProfileForm.tsx) draws every section from this, so every field gets the
 * same label, message and keyboard behaviour. Labels are i18n keys `form.field.<key>` (list item
 * fields: `form.field.<list>.<field>`); enum options are worded by `enum.<name>.<value>`.
 */
import type { Finding, ProfilePath } from '../../domain/finding.ts';
import {
  encryptionLevels,
  exchangeRoles,
  exchangeVersions,
  lyncVersions,
  mailboxVersions,
  poolEditions,
  uriTypes,
  voipSecurities,
  type Profile,
} from '../../domain/profile/schema.ts';
import { sourcesForReads, type ValueSource } from '../../domain/runbook/step-values.ts';

export { REVEAL_FIELD_EVENT } from './reveal.ts';

/** The sections an MDX page can embed with `<ProfileForm section="…" />`. */
export const sectionIds = ['organization', 'servers', 'pools', 'certificates', 'dialPlans', 'encryption', 'gateway', 'autoAttendants', 'users'] as const;
export type SectionId = (typeof sectionIds)[number];

type Options = readonly string[] | ((profile: Profile) => readonly string[]);

/** One input. `key` is dotted, relative to the profile (section fields) or to the list item. */
export type FieldSpec =
  | { kind: 'text'; key: string; optional?: boolean; spellcheck?: false }
  | { kind: 'integer'; key: string; optional?: boolean; min?: number; max?: number }
  /** `enumName` words the options (`enum.<enumName>.<value>`); without it the values show as they are. */
  | { kind: 'select'; key: string; options: Options; optional?: boolean; enumName?: string }
  /** A boolean; `optional` booleans are removed from the profile when unchecked (schema: `.optional()`). */
  | { kind: 'checkbox'; key: string; optional?: boolean }
  /** A set of enum values (Exchange roles), one checkbox each. */
  | { kind: 'checkboxes'; key: string; options: readonly string[]; enumName: string }
  /** A list of strings, one per line (FQDNs, SAN entries, E.164 numbers). */
  | { kind: 'lines'; key: string };

/** A list of objects: add, remove, reorder. */
export interface ListSpec {
  /** Dotted path of the array in the profile, also its i18n key part (`form.list.<key>.item`). */
  key: string;
  fields: readonly FieldSpec[];
  /** The field whose value names an item in buttons ("Remove dial plan 2 (ParisSIP)"). */
  labelField: string;
  /** A new item: deliberately incomplete where only the operator knows (an empty FQDN), so the rules point at it. */
  newItem(profile: Profile): unknown;
}

export interface SectionSpec {
  id: SectionId;
  fields: readonly FieldSpec[];
  lists: readonly ListSpec[];
}

const poolFqdns = (profile: Profile) => profile.lync.pools.map((pool) => pool.fqdn).filter(Boolean);
const dialPlanNames = (profile: Profile) => profile.dialPlans.map((dialPlan) => dialPlan.name).filter(Boolean);
const firstDialPlan = (profile: Profile) => profile.dialPlans[0]?.name ?? '';

export const sections: Readonly<Record<SectionId, SectionSpec>> = {
  organization: {
    id: 'organization',
    fields: [
      { kind: 'text', key: 'name', optional: true },
      { kind: 'text', key: 'organization.sipDomain', spellcheck: false },
    ],
    lists: [],
  },
  servers: {
    id: 'servers',
    fields: [{ kind: 'select', key: 'exchange.version', options: exchangeVersions, enumName: 'exchangeVersion' }],
    lists: [
      {
        key: 'exchange.servers',
        labelField: 'fqdn',
        fields: [
          { kind: 'text', key: 'fqdn', spellcheck: false },
          { kind: 'checkboxes', key: 'roles', options: exchangeRoles, enumName: 'role' },
        ],
        // Exchange 2016 has only the Mailbox role (Client Access services included).
        newItem: () => ({ fqdn: '', roles: ['Mailbox'] }),
      },
    ],
  },
  pools: {
    id: 'pools',
    fields: [
      { kind: 'select', key: 'lync.version', options: lyncVersions, enumName: 'lyncVersion' },
      { kind: 'integer', key: 'lync.cumulativeUpdate', optional: true, min: 0 },
      { kind: 'lines', key: 'lync.mediationServers' },
    ],
    lists: [
      {
        key: 'lync.pools',
        labelField: 'fqdn',
        fields: [
          { kind: 'text', key: 'fqdn', spellcheck: false },
          { kind: 'select', key: 'edition', options: poolEditions, enumName: 'edition' },
          { kind: 'text', key: 'site' },
          { kind: 'checkbox', key: 'director', optional: true },
          { kind: 'lines', key: 'frontEndServers' },
        ],
        newItem: () => ({ fqdn: '', edition: 'Enterprise', site: '' }),
      },
    ],
  },
  certificates: {
    id: 'certificates',
    fields: [],
    lists: [
      {
        key: 'certificates',
        labelField: 'name',
        fields: [
          { kind: 'text', key: 'name' },
          { kind: 'lines', key: 'servers' },
          { kind: 'text', key: 'subject', spellcheck: false },
          { kind: 'lines', key: 'san' },
          { kind: 'text', key: 'issuer', spellcheck: false },
          { kind: 'checkbox', key: 'selfSigned', optional: true },
          { kind: 'text', key: 'thumbprint', optional: true, spellcheck: false },
          { kind: 'text', key: 'notAfter', optional: true, spellcheck: false },
        ],
        // The issuer of the existing certificates: the guide wants one CA for Exchange and Lync.
        newItem: (profile) => ({ name: '', servers: [], subject: '', san: [], issuer: profile.certificates[0]?.issuer ?? '' }),
      },
    ],
  },
  dialPlans: {
    id: 'dialPlans',
    fields: [],
    lists: [
      {
        key: 'dialPlans',
        labelField: 'name',
        fields: [
          { kind: 'text', key: 'name', spellcheck: false },
          { kind: 'text', key: 'countryCode', spellcheck: false },
          { kind: 'integer', key: 'extensionDigits', min: 1, max: 20 },
          { kind: 'select', key: 'uriType', options: uriTypes, enumName: 'uriType' },
          { kind: 'select', key: 'voipSecurity', options: voipSecurities, enumName: 'voipSecurity' },
          { kind: 'text', key: 'language', spellcheck: false },
          { kind: 'text', key: 'lyncDialPlan', spellcheck: false },
          { kind: 'lines', key: 'accessNumbers' },
        ],
        // SIP URI and Secured: what the guide prescribes with Lync (its default encryption level).
        newItem: (profile) => ({
          name: '',
          countryCode: profile.dialPlans[0]?.countryCode ?? '',
          extensionDigits: profile.dialPlans[0]?.extensionDigits ?? 4,
          uriType: 'SipName',
          voipSecurity: 'Secured',
          language: profile.dialPlans[0]?.language ?? 'en-US',
          lyncDialPlan: '',
          accessNumbers: [],
        }),
      },
    ],
  },
  encryption: {
    id: 'encryption',
    fields: [
      { kind: 'select', key: 'lync.encryptionLevel', options: encryptionLevels, enumName: 'encryptionLevel' },
      { kind: 'checkbox', key: 'lync.phoneEdition' },
    ],
    lists: [],
  },
  gateway: {
    id: 'gateway',
    fields: [{ kind: 'select', key: 'gateways.outboundPool', options: poolFqdns }],
    lists: [],
  },
  autoAttendants: {
    id: 'autoAttendants',
    fields: [],
    lists: [
      {
        key: 'autoAttendants',
        labelField: 'name',
        fields: [
          { kind: 'text', key: 'name', spellcheck: false },
          { kind: 'select', key: 'dialPlan', options: dialPlanNames },
          { kind: 'lines', key: 'pilotNumbers' },
          { kind: 'checkbox', key: 'speechEnabled' },
        ],
        newItem: (profile) => ({ name: '', dialPlan: firstDialPlan(profile), pilotNumbers: [], speechEnabled: true }),
      },
    ],
  },
  users: {
    id: 'users',
    fields: [],
    lists: [
      {
        key: 'users',
        labelField: 'identity',
        fields: [
          { kind: 'text', key: 'identity', spellcheck: false },
          { kind: 'text', key: 'sipAddress', spellcheck: false },
          { kind: 'text', key: 'lineUri', spellcheck: false },
          { kind: 'text', key: 'extension', spellcheck: false },
          { kind: 'select', key: 'dialPlan', options: dialPlanNames },
          { kind: 'text', key: 'mailboxPolicy', optional: true },
          { kind: 'select', key: 'mailboxVersion', options: mailboxVersions, optional: true },
        ],
        newItem: (profile) => ({ identity: '', sipAddress: '', lineUri: '', extension: '', dialPlan: firstDialPlan(profile) }),
      },
    ],
  },
};

/** Every field and list of the forms, in the sections' order: what a step can show of the profile. */
export const valueSources: readonly ValueSource[] = sectionIds.flatMap((id) => [
  ...sections[id].fields.map((field) => ({ key: field.key })),
  ...sections[id].lists.map((list) => ({ key: list.key, labelField: list.labelField })),
]);

/** The fields and lists a runbook step reads (its `reads` paths), taken from every section. */
export interface FieldSet {
  fields: readonly FieldSpec[];
  lists: readonly ListSpec[];
}

/**
 * Only the fields and lists of the forms that lie at or under a step's `reads`: what its "Edit
 * these values" control opens.
 * @example fieldsForReads(['lync.encryptionLevel']).fields.map((f) => f.key) // → ['lync.encryptionLevel']
 */
export function fieldsForReads(reads: readonly string[]): FieldSet {
  const all = sectionIds.map((id) => sections[id]);
  return {
    fields: sourcesForReads(all.flatMap((section) => section.fields), reads),
    lists: sourcesForReads(all.flatMap((section) => section.lists), reads),
  };
}

/** A dotted key as a path: `'lync.pools'` → `['lync', 'pools']`. */
export function keyPath(key: string): string[] {
  return key.split('.');
}

/** A path as the key used for ids and maps: `['dialPlans', 0, 'name']` → `'dialPlans.0.name'`. */
export function pathKey(path: ProfilePath): string {
  return path.join('.');
}

/** The element id of a field (or list item, or list) at a path: `pf-dialPlans-0-name`. */

export function fieldId(path: ProfilePath, prefix = 'pf'): string {
  return [prefix, ...path].join('-');
}

/** The options of a select for a profile. */
export function optionsOf(field: Extract<FieldSpec, { kind: 'select' }>, profile: Profile): readonly string[] {
  return typeof field.options === 'function' ? field.options(profile) : field.options;
}

/**
 * Every path a section renders for a profile: its fields, each list, each list item and each item
 * field. Findings are placed on the deepest of these that contains them.
 */
export function renderedPaths(section: FieldSet, profile: Profile): ProfilePath[] {
  const paths: ProfilePath[] = section.fields.map((field) => keyPath(field.key));
  for (const list of section.lists) {
    const base = keyPath(list.key);
    paths.push(base);
    const items = list.key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], profile);
    (Array.isArray(items) ? items : []).forEach((_, index) => {
      paths.push([...base, index]);
      for (const field of list.fields) paths.push([...base, index, ...keyPath(field.key)]);
    });
  }
  return paths;
}

/**
 * Places each finding on the deepest rendered path that contains its path (a finding on
 * `certificates[0].san[2]` goes to the SAN field of certificate 0; one on `dialPlans[1]` to that
 * dial plan as a whole). Findings outside the section, without a path, or of severity `info` are
 * left out: the form shows what needs doing. One pass over the findings per profile change.
 * @example assignFindings([{ ruleId: 'r', severity: 'error', path: ['dialPlans', 0, 'name'], params: {} }], [['dialPlans'], ['dialPlans', 0, 'name']])
 * // → Map { 'dialPlans.0.name' => [that finding] }
 */
export function assignFindings(findings: readonly Finding[], paths: readonly ProfilePath[]): Map<string, Finding[]> {
  const rendered = new Set(paths.map(pathKey));
  const placed = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity === 'info' || !finding.path) continue;
    for (let length = finding.path.length; length > 0; length--) {
      const key = pathKey(finding.path.slice(0, length));
      if (!rendered.has(key)) continue;
      const list = placed.get(key);
      if (list) list.push(finding);
      else placed.set(key, [finding]);
      break;
    }
  }
  return placed;
}

/**
 * Lines typed in a textarea as a list of strings: trimmed, blank lines dropped.
 * @example parseLines(' a.contoso.com\n\nb.contoso.com ') // → ['a.contoso.com', 'b.contoso.com']
 */
export function parseLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/**
 * A whole number typed in a field, or undefined when the text is not one (the form then keeps the
 * profile's value and says so). Empty text is `null`: "no value" for optional fields.
 * @example parseInteger('12') // → 12
 * @example parseInteger('4.5') // → undefined
 */
export function parseInteger(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}
