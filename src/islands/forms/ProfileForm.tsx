/**
 * A section of the deployment profile as a form, embedded where a runbook step needs it.
 *
 * Props:
 * - `section` (required): one of `organization`, `servers` (Exchange version and servers), `pools`
 *   (Lync version, pools, Mediation Servers), `certificates`, `dialPlans`, `encryption` (Lync media
 *   encryption level, Lync Phone Edition), `gateway` (the pool that keeps outgoing calls),
 *   `autoAttendants`, `users`.
 * - `lang` (required): `fr` or `en`, the reader's language.
 * - `idPrefix` (default `pf`): prefix of the element ids (`pf-dialPlans-0-name`). The summary links
 *   to `pf-…` ids, so keep the default unless a section appears twice on a page; give the second
 *   copy another prefix.
 *
 * Usage in MDX: `<ProfileForm section="dialPlans" lang="fr" client:deployment={{ rootMargin: '200% 0px' }} />`.
 * Until its island is live the section is read, not edited: labels and values of the example
 * deployment, no controls (see `SectionReading`); the margin hydrates it before the reader reaches
 * it, and `client:deployment` at once for a reader with a deployment of their own, whose page hides
 * the example meanwhile (src/islands/deployment-directive.ts).
 *
 * Every field is labelled; its findings (errors and warnings) sit right after it, referenced by
 * aria-describedby, with aria-invalid on errors, each linked to its rule's reference page. The
 * findings come from the one `$findings` store: nothing is re-checked per field.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, ProfilePath } from '../../domain/finding.ts';
import { valueAt } from '../../domain/profile/edit.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { useFindings, useHydrated, useProfile } from '../state/hooks.ts';
import { addProfileItem, moveProfileItem, removeProfileItem, updateProfile } from '../state/profile.ts';
import { CodeValues } from '../whole-words.tsx';
import { FindingList } from './FindingList.tsx';
import {
  assignFindings,
  fieldId,
  keyPath,
  optionsOf,
  parseInteger,
  parseLines,
  pathKey,
  renderedPaths,
  REVEAL_FIELD_EVENT,
  sections,
  type FieldSet,
  type FieldSpec,
  type ListSpec,
  type SectionId,
} from './fields.ts';
import '../runbook-state.css';

export interface ProfileFormProps {
  section: SectionId;
  lang: Lang;
  idPrefix?: string;
}

interface FieldContext {
  lang: Lang;
  profile: Profile;
  placed: Map<string, Finding[]>;
  idPrefix: string;
}

/** The ids a field's aria-describedby lists, and whether it has an error. */
function describe(ctx: FieldContext, path: ProfilePath, extra: Array<string | false> = []) {
  const id = fieldId(path, ctx.idPrefix);
  const findings = ctx.placed.get(pathKey(path)) ?? [];
  const messageId = `${id}-findings`;
  const describedBy = [...extra, findings.length > 0 && messageId].filter(Boolean).join(' ') || undefined;
  return { id, findings, messageId, describedBy, invalid: findings.some((f) => f.severity === 'error') };
}

function enumLabel(lang: Lang, enumName: string | undefined, value: string): string {
  if (!enumName) return value;
  const label = t(lang, `enum.${enumName}.${value}`);
  // The cmdlet value stays visible next to its words: operators type the value, not the label.
  return label === value || label.startsWith('enum.') ? value : `${label} (${value})`;
}

function TextField({ ctx, path, field, label }: { ctx: FieldContext; path: ProfilePath; field: Extract<FieldSpec, { kind: 'text' }>; label: string }) {
  const d = describe(ctx, path);
  const value = valueAt(ctx.profile, path);
  return (
    <div class="field">
      <label for={d.id}>{label}</label>
      <input
        id={d.id}
        type="text"
        value={typeof value === 'string' ? value : ''}
        spellcheck={field.spellcheck ?? undefined}
        autocomplete="off"
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onInput={(event) => {
          const text = event.currentTarget.value;
          updateProfile(path, field.optional && text === '' ? undefined : text);
        }}
      />
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </div>
  );
}

/**
 * A whole number. The typed text is kept locally while it is not a number (the profile keeps its
 * last good value, so the stored profile always matches the schema) and a message says why.
 */
function IntegerField({ ctx, path, field, label }: { ctx: FieldContext; path: ProfilePath; field: Extract<FieldSpec, { kind: 'integer' }>; label: string }) {
  const value = valueAt(ctx.profile, path);
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? undefined : parseInteger(draft);
  const inRange = (n: number) => (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max);
  const draftBad = draft !== null && !(parsed === null ? field.optional : typeof parsed === 'number' && inRange(parsed));
  const d = describe(ctx, path, [draftBad && `${fieldId(path, ctx.idPrefix)}-format`]);
  const shown = draft !== null && (draftBad || parsed !== value) ? draft : typeof value === 'number' ? String(value) : '';
  return (
    <div class="field">
      <label for={d.id}>{label}</label>
      <input
        id={d.id}
        type="text"
        inputMode="numeric"
        value={shown}
        autocomplete="off"
        aria-invalid={d.invalid || draftBad ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const next = parseInteger(text);
          if (next === null && field.optional) updateProfile(path, undefined);
          else if (typeof next === 'number' && inRange(next)) updateProfile(path, next);
        }}
        onBlur={() => setDraft(null)}
      />
      {draftBad && (
        <p id={`${d.id}-format`} class="field-format finding finding-error">
          {t(ctx.lang, 'form.error.integer')}
        </p>
      )}
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </div>
  );
}

function SelectField({ ctx, path, field, label }: { ctx: FieldContext; path: ProfilePath; field: Extract<FieldSpec, { kind: 'select' }>; label: string }) {
  const d = describe(ctx, path);
  const raw = valueAt(ctx.profile, path);
  const value = typeof raw === 'string' ? raw : '';
  const options = optionsOf(field, ctx.profile);
  // A value the options do not offer (a dial plan since removed) stays selectable and visible, so the
  // select never silently shows another value than the profile holds; the rules say what is wrong.
  const unknown = value !== '' && !options.includes(value);
  return (
    <div class="field">
      <label for={d.id}>{label}</label>
      <select
        id={d.id}
        value={value}
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onChange={(event) => {
          const next = event.currentTarget.value;
          updateProfile(path, next === '' && field.optional ? undefined : next);
        }}
      >
        {(field.optional || value === '') && <option value="">{t(ctx.lang, 'form.option.none')}</option>}
        {unknown && <option value={value}>{t(ctx.lang, 'form.option.unknown', { value })}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {enumLabel(ctx.lang, field.enumName, option)}
          </option>
        ))}
      </select>
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </div>
  );
}

function CheckboxField({ ctx, path, field, label }: { ctx: FieldContext; path: ProfilePath; field: Extract<FieldSpec, { kind: 'checkbox' }>; label: string }) {
  const d = describe(ctx, path);
  return (
    <div class="field field-checkbox">
      <input
        id={d.id}
        type="checkbox"
        checked={valueAt(ctx.profile, path) === true}
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          updateProfile(path, field.optional && !checked ? undefined : checked);
        }}
      />
      <label for={d.id}>{label}</label>
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </div>
  );
}

function CheckboxesField({ ctx, path, field, label }: { ctx: FieldContext; path: ProfilePath; field: Extract<FieldSpec, { kind: 'checkboxes' }>; label: string }) {
  const d = describe(ctx, path);
  const raw = valueAt(ctx.profile, path);
  const selected = Array.isArray(raw) ? (raw as string[]) : [];
  return (
    <fieldset class="field field-checkboxes" id={d.id} aria-describedby={d.describedBy}>
      <legend>{label}</legend>
      {field.options.map((option) => {
        const checked = selected.includes(option);
        // The schema wants at least one value (a server has a role): the last one cannot be unchecked.
        const last = checked && selected.length === 1;
        return (
          <span class="field-checkbox" key={option}>
            <input
              id={`${d.id}-${option}`}
              type="checkbox"
              checked={checked}
              disabled={last}
              aria-invalid={d.invalid ? 'true' : undefined}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                const next = field.options.filter((o) => (o === option ? on : selected.includes(o)));
                if (next.length > 0) updateProfile(path, next);
              }}
            />
            <label for={`${d.id}-${option}`}>{enumLabel(ctx.lang, field.enumName, option)}</label>
          </span>
        );
      })}
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </fieldset>
  );
}

/** A list of strings, one per line; the draft keeps blank lines while the operator types. */
function LinesField({ ctx, path, label }: { ctx: FieldContext; path: ProfilePath; label: string }) {
  const d = describe(ctx, path);
  const raw = valueAt(ctx.profile, path);
  const values = Array.isArray(raw) ? (raw as string[]) : [];
  const [draft, setDraft] = useState<string | null>(null);
  const same = draft !== null && parseLines(draft).join('\n') === values.join('\n');
  return (
    <div class="field">
      <label for={d.id}>{label}</label>
      <textarea
        id={d.id}
        rows={Math.max(2, values.length + 1)}
        spellcheck={false}
        value={same ? draft! : values.join('\n')}
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          updateProfile(path, parseLines(text));
        }}
        onBlur={() => setDraft(null)}
      />
      <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
    </div>
  );
}

function Field({ ctx, path, field, labelKey }: { ctx: FieldContext; path: ProfilePath; field: FieldSpec; labelKey: string }) {
  const label = t(ctx.lang, `form.field.${labelKey}`);
  switch (field.kind) {
    case 'text':
      return <TextField ctx={ctx} path={path} field={field} label={label} />;
    case 'integer':
      return <IntegerField ctx={ctx} path={path} field={field} label={label} />;
    case 'select':
      return <SelectField ctx={ctx} path={path} field={field} label={label} />;
    case 'checkbox':
      return <CheckboxField ctx={ctx} path={path} field={field} label={label} />;
    case 'checkboxes':
      return <CheckboxesField ctx={ctx} path={path} field={field} label={label} />;
    case 'lines':
      return <LinesField ctx={ctx} path={path} label={label} />;
  }
}

/** The name of a list item in buttons and announcements: "Dial plan 2 (LyonSIP)". */
function itemName(lang: Lang, list: ListSpec, item: unknown, index: number): string {
  const base = t(lang, `form.list.${list.key}.item`, { n: index + 1 });
  const label = (item as Record<string, unknown> | undefined)?.[list.labelField];
  return typeof label === 'string' && label.trim() !== '' ? t(lang, 'form.itemWithLabel', { item: base, label: label.trim() }) : base;
}

/**
 * How many items of a list are rendered at once. A deployment with thousands of users would
 * otherwise put tens of thousands of fields on the page and block the browser for seconds; the
 * list is shown a page at a time instead, with buttons to go through it.
 */
export const LIST_PAGE_SIZE = 25;

/** The first index of the page that holds `index`. */
function pageStart(index: number): number {
  return Math.max(0, Math.floor(index / LIST_PAGE_SIZE) * LIST_PAGE_SIZE);
}

function ListEditor({ ctx, list, announce }: { ctx: FieldContext; list: ListSpec; announce: (text: string) => void }) {
  const base = keyPath(list.key);
  const raw = valueAt(ctx.profile, base);
  const items = Array.isArray(raw) ? raw : [];
  const listId = fieldId(base, ctx.idPrefix);
  const listFindings = describe(ctx, base);
  const [start, setStart] = useState(0);
  // After a removal the list may end before the page: show the last page instead of an empty one.
  const first = items.length === 0 ? 0 : Math.min(start, pageStart(items.length - 1));
  const last = Math.min(items.length, first + LIST_PAGE_SIZE);
  const paged = items.length > LIST_PAGE_SIZE;
  // The summary asks for a field of an item on another page: turn to that page.
  const pathText = base.join('.');
  useEffect(() => {
    const reveal = (event: Event) => {
      const { path, prefix } = (event as CustomEvent<{ path: ProfilePath; prefix: string }>).detail;
      if (prefix !== ctx.idPrefix || path.slice(0, base.length).join('.') !== pathText) return;
      const index = path[base.length];
      if (typeof index === 'number') setStart(pageStart(index));
    };
    window.addEventListener(REVEAL_FIELD_EVENT, reveal);
    return () => window.removeEventListener(REVEAL_FIELD_EVENT, reveal);
  }, [pathText, ctx.idPrefix]);
  // After a move or an add, focus follows the item once the store has re-rendered the list.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = document.getElementById(pendingFocus.current);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  const move = (index: number, to: number) => {
    const name = itemName(ctx.lang, list, items[index], index);
    moveProfileItem(base, index, to);
    setStart(pageStart(to));
    // Keep focus on the same button (up or down) unless the item reached the end where it is disabled.
    const direction = to < index ? 'up' : 'down';
    const stillEnabled = direction === 'up' ? to > 0 : to < items.length - 1;
    pendingFocus.current = `${listId}-${to}-${stillEnabled ? direction : direction === 'up' ? 'down' : 'up'}`;
    announce(t(ctx.lang, 'form.announce.moved', { item: name, n: to + 1 }));
  };

  return (
    <div class="profile-list" id={listId} aria-describedby={listFindings.describedBy}>
      <FindingList id={listFindings.messageId} findings={listFindings.findings} lang={ctx.lang} />
      {items.length === 0 && <p class="profile-list-empty">{t(ctx.lang, `form.list.${list.key}.empty`)}</p>}
      {paged && <ListPager ctx={ctx} listId={listId} first={first} last={last} total={items.length} setStart={setStart} />}
      <ol class="profile-list-items" start={first + 1}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          const itemPath = [...base, index];
          const name = itemName(ctx.lang, list, item, index);
          const d = describe(ctx, itemPath);
          return (
            <li key={index} class="profile-list-item">
              <fieldset id={d.id} aria-describedby={d.describedBy}>
                <legend>{name}</legend>
                <FindingList id={d.messageId} findings={d.findings} lang={ctx.lang} />
                {list.fields.map((field) => (
                  <Field key={field.key} ctx={ctx} path={[...itemPath, ...keyPath(field.key)]} field={field} labelKey={`${list.key}.${field.key}`} />
                ))}
                <div class="item-actions">
                  <button type="button" id={`${listId}-${index}-up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    {t(ctx.lang, 'form.moveUp', { item: name })}
                  </button>
                  <button type="button" id={`${listId}-${index}-down`} disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
                    {t(ctx.lang, 'form.moveDown', { item: name })}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      removeProfileItem(base, index);
                      pendingFocus.current = `${listId}-add`;
                      announce(t(ctx.lang, 'form.announce.removed', { item: name }));
                    }}
                  >
                    {t(ctx.lang, 'form.remove', { item: name })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${listId}-add`}
        onClick={() => {
          const item = list.newItem(ctx.profile);
          addProfileItem(base, item);
          const firstField = list.fields[0];
          if (firstField) pendingFocus.current = fieldId([...base, items.length, ...keyPath(firstField.key)], ctx.idPrefix);
          setStart(pageStart(items.length));
          announce(t(ctx.lang, 'form.announce.added', { item: itemName(ctx.lang, list, item, items.length) }));
        }}
      >
        {t(ctx.lang, `form.list.${list.key}.add`)}
      </button>
    </div>
  );
}

/** The page of a long list on screen, and buttons to the previous and next pages. */
function ListPager({ ctx, listId, first, last, total, setStart }: { ctx: FieldContext; listId: string; first: number; last: number; total: number; setStart: (start: number) => void }) {
  return (
    <div class="profile-list-pager" role="group" aria-labelledby={`${listId}-range`}>
      <p id={`${listId}-range`} aria-live="polite">
        {t(ctx.lang, 'form.page.range', { from: first + 1, to: last, total })}
      </p>
      <button type="button" id={`${listId}-previous`} disabled={first === 0} onClick={() => setStart(Math.max(0, first - LIST_PAGE_SIZE))}>
        {t(ctx.lang, 'form.page.previous')}
      </button>{' '}
      <button type="button" id={`${listId}-next`} disabled={last >= total} onClick={() => setStart(first + LIST_PAGE_SIZE)}>
        {t(ctx.lang, 'form.page.next')}
      </button>
    </div>
  );
}

/**
 * Fields and lists of the profile, with their findings: a whole section (ProfileForm) or only the
 * fields a runbook step reads (its "Edit these values" control, src/islands/runbook/StepValues.tsx).
 */
export function ProfileFields({ spec, lang, idPrefix = 'pf' }: { spec: FieldSet; lang: Lang; idPrefix?: string }) {
  return <LiveFields spec={spec} lang={lang} idPrefix={idPrefix} hydrated={useHydrated()} />;
}

/** The fields, on the stores once `hydrated` (the example deployment before). */
function LiveFields({ spec, lang, idPrefix, hydrated }: { spec: FieldSet; lang: Lang; idPrefix: string; hydrated: boolean }) {
  const profile = useProfile(hydrated);
  const findings = useFindings(hydrated);
  const [announcement, setAnnouncement] = useState('');
  const placed = useMemo(() => assignFindings(findings, renderedPaths(spec, profile)), [findings, profile, spec]);
  const ctx: FieldContext = { lang, profile, placed, idPrefix };
  return (
    <>
      {spec.fields.map((field) => (
        <Field key={field.key} ctx={ctx} path={keyPath(field.key)} field={field} labelKey={field.key} />
      ))}
      {spec.lists.map((list) => (
        <ListEditor key={list.key} ctx={ctx} list={list} announce={setAnnouncement} />
      ))}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/** A value as the reading shows it: typed text as code, enum values and booleans in words. */
function ReadingValue({ lang, field, value }: { lang: Lang; field: FieldSpec; value: unknown }) {
  const none = (key: 'stepValues.unset' | 'stepValues.empty') => <span class="profile-reading__none">{t(lang, key)}</span>;
  const code = (text: string) => <CodeValues values={[text]} />;
  switch (field.kind) {
    case 'checkbox':
      return <>{t(lang, value === true ? 'stepValues.true' : 'stepValues.false')}</>;
    case 'checkboxes': {
      const values = Array.isArray(value) ? value.map(String) : [];
      return values.length > 0 ? <>{values.map((v) => enumLabel(lang, field.enumName, v)).join(', ')}</> : none('stepValues.empty');
    }
    case 'lines': {
      const values = Array.isArray(value) ? value.map(String) : [];
      return values.length > 0 ? <CodeValues values={values} /> : none('stepValues.empty');
    }
    case 'select':
      if (typeof value !== 'string' || value === '') return none('stepValues.unset');
      return field.enumName ? <>{enumLabel(lang, field.enumName, value)}</> : code(value);
    default:
      return value === undefined || value === '' ? none('stepValues.unset') : code(String(value));
  }
}

/** Labels and values, each value under the id its field has once the form is live. */
function ReadingList({ lang, fields, at, labelKey, idPrefix, profile }: { lang: Lang; fields: readonly FieldSpec[]; at: ProfilePath; labelKey: (field: FieldSpec) => string; idPrefix: string; profile: Profile }) {
  return (
    <dl class="profile-reading">
      {fields.map((field) => {
        const path = [...at, ...keyPath(field.key)];
        return [
          <dt key={`${field.key}-label`}>{t(lang, `form.field.${labelKey(field)}`)}</dt>,
          <dd key={`${field.key}-value`} id={fieldId(path, idPrefix)}>
            <ReadingValue lang={lang} field={field} value={valueAt(profile, path)} />
          </dd>,
        ];
      })}
    </dl>
  );
}

/**
 * A section read, without its controls: what the server renders (readable without scripts) and
 * what the island shows until it goes live. A page of the profile form holds some 200 controls;
 * laid out, styled and scanned by the browser's form autofill at load, they cost a phone's main
 * thread about a quarter of a second before the reader could reach any of them. Lists show their
 * first page, as the form does.
 */
function SectionReading({ spec, lang, idPrefix, profile }: { spec: FieldSet; lang: Lang; idPrefix: string; profile: Profile }) {
  return (
    <>
      {spec.fields.length > 0 && <ReadingList lang={lang} fields={spec.fields} at={[]} labelKey={(field) => field.key} idPrefix={idPrefix} profile={profile} />}
      {spec.lists.map((list) => {
        const base = keyPath(list.key);
        const raw = valueAt(profile, base);
        const items = Array.isArray(raw) ? raw : [];
        return (
          <div key={list.key} class="profile-list" id={fieldId(base, idPrefix)}>
            {items.length === 0 && <p class="profile-list-empty">{t(lang, `form.list.${list.key}.empty`)}</p>}
            {items.length > 0 && (
              <ol class="profile-list-items">
                {items.slice(0, LIST_PAGE_SIZE).map((item, index) => (
                  <li key={index} class="profile-list-item">
                    <fieldset id={fieldId([...base, index], idPrefix)}>
                      <legend>{itemName(lang, list, item, index)}</legend>
                      <ReadingList lang={lang} fields={list.fields} at={[...base, index]} labelKey={(field) => `${list.key}.${field.key}`} idPrefix={idPrefix} profile={profile} />
                    </fieldset>
                  </li>
                ))}
              </ol>
            )}
            {items.length > LIST_PAGE_SIZE && <p>{t(lang, 'stepValues.more', { count: items.length - LIST_PAGE_SIZE })}</p>}
          </div>
        );
      })}
    </>
  );
}

/**
 * What the reader is looking at in `root` when it is on screen, and where: the element the address
 * points at (`#pf-users-2-identity`) if it is on screen, else the first element with an id on
 * screen (a value, an item). Its field or item has the same id once the section is live, and keeps
 * that place: a reader who reached a section before it went live (a link, a jump to the end of the
 * page) does not see it move.
 */
function anchorOnScreen(root: Element | null): { id: string; top: number } | null {
  if (!root) return null;
  const onScreen = (element: Element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < innerHeight ? top : undefined;
  };
  if (onScreen(root) === undefined) return null;
  let wanted = '';
  try {
    wanted = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed address: no target.
  }
  const target = wanted ? document.getElementById(wanted) : null;
  const candidates = target && root.contains(target) ? [target, ...root.querySelectorAll('[id]')] : root.querySelectorAll('[id]');
  for (const element of candidates) {
    const top = onScreen(element);
    if (top !== undefined && top >= 0) return { id: element.id, top };
  }
  return null;
}

/**
 * One section of the profile as a form (see the props at the top of the file). It reads until its
 * island goes live: the page hydrates it as it nears the screen (src/pages/[lang]/profile.astro
 * gives it a margin of two screens), so the reader finds the controls there. What the reader looks
 * at keeps its place on screen when the controls replace the reading (`anchorOnScreen`).
 */
export default function ProfileForm({ section, lang, idPrefix = 'pf' }: ProfileFormProps) {
  const live = useHydrated();
  // The reading shows the server's deployment (the hydrating render must equal it); once live the
  // fields follow the stores themselves.
  const example = useProfile(false);
  const root = useRef<HTMLFieldSetElement>(null);
  const wasLive = useRef(false);
  const kept = useRef<{ id: string; top: number } | null>(null);
  if (live && !wasLive.current) {
    wasLive.current = true;
    kept.current = anchorOnScreen(root.current);
  }
  useLayoutEffect(() => {
    const anchor = kept.current;
    kept.current = null;
    const target = anchor && document.getElementById(anchor.id);
    if (anchor && target) window.scrollBy(0, target.getBoundingClientRect().top - anchor.top);
  }, [live]);
  const spec = sections[section];
  return (
    <fieldset ref={root} class="profile-form" data-section={section} data-reading={live ? undefined : ''} data-live={live ? '' : undefined}>
      <legend>{t(lang, `form.section.${section}`)}</legend>
      {live ? <LiveFields spec={spec} lang={lang} idPrefix={idPrefix} hydrated /> : <SectionReading spec={spec} lang={lang} idPrefix={idPrefix} profile={example} />}
    </fieldset>
  );
}
