/**
 * Build-time checks of the command templates behind a runbook step: every placeholder names a
 * profile field, every command the step produces is a cmdlet or program the catalog knows, and
 * every command lints clean for the example profile. The remark plugin runs them for each step an
 * MDX runbook shows, so a broken template fails the build at the line that uses it.
 *
 * Steps do not record which template made a command (their output is plain text, and the CLI's
 * JSON shape is fixed), so each generated command is matched back to the template that renders
 * it; a command that no template renders is itself a problem — it would mean text was built
 * outside the one quoting renderer.
 */
import { catalog as sharedCatalog, type Catalog } from '../catalog/index.ts';
import type { Finding } from '../finding.ts';
import { lintScript, prepareScript } from '../powershell/linter.ts';
import type { ScriptShell } from '../powershell/script-rule.ts';
import type * as v from 'valibot';
import { exampleProfile } from '../profile/index.ts';
import { profileSchema, type Profile } from '../profile/schema.ts';
import { placeholdersOf } from './template.ts';
import { commandTemplates, placeholderSources, type PlaceholderSource } from './templates.ts';
import type { RunbookCommand, RunbookStep } from './types.ts';

/** One thing wrong with a step's templates. `detail` is English, for build output. */
export interface TemplateProblem {
  code: 'unknown-placeholder' | 'placeholder-not-a-field' | 'unknown-command' | 'lint' | 'no-template' | 'generate-failed';
  /** The template id, when known. */
  template?: string;
  /** The generated command, when the problem is in one. */
  command?: string;
  detail: string;
}

export interface TemplateCheckOptions {
  /** Templates by id (default: the engine's `commandTemplates`). */
  templates?: Readonly<Record<string, string>>;
  /** Placeholder name → profile field (default: the engine's `placeholderSources`). */
  placeholderSources?: Readonly<Record<string, PlaceholderSource>>;
  /** The profile the step is generated and linted with (default: the example profile). */
  profile?: Profile;
  catalog?: Catalog;
  /** The script linter (default: `lintScript`); injectable so tests can stub it. */
  lint?: (source: string, options: Parameters<typeof lintScript>[1]) => Finding[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as an anchored pattern: literal text exact, each placeholder any text. */
function templatePattern(template: string): { pattern: RegExp; literalLength: number } {
  let source = '^';
  let last = 0;
  let literalLength = 0;
  for (const placeholder of placeholdersOf(template)) {
    const literal = template.slice(last, placeholder.offset);
    source += escapeRegExp(literal) + '([\\s\\S]*?)';
    literalLength += literal.length;
    const close = template.indexOf('}', placeholder.offset);
    last = close + 1;
  }
  source += escapeRegExp(template.slice(last)) + '$';
  literalLength += template.length - last;
  return { pattern: new RegExp(source), literalLength };
}

/**
 * The template that renders a command: among templates whose literal text matches, the one with
 * the most literal text (so `New-UMAutoAttendant … -PilotIdentifierList …` is not taken for the
 * shorter template without pilot numbers).
 */
export function templateOfCommand(text: string, templates: Readonly<Record<string, string>> = commandTemplates): string | undefined {
  let best: { id: string; literalLength: number } | undefined;
  for (const [id, template] of Object.entries(templates)) {
    const { pattern, literalLength } = templatePattern(template);
    if (pattern.test(text) && (!best || literalLength > best.literalLength)) best = { id, literalLength };
  }
  return best?.id;
}

/**
 * True when a dotted profile path with `[]` for array elements exists in the profile schema.
 * @example schemaHasPath('dialPlans[].name') // → true; schemaHasPath('dialPlans[].nom') // → false
 */
export function schemaHasPath(path: string): boolean {
  let node: AnySchema = profileSchema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    const inner = unwrapOptional(node);
    if (inner.type !== 'strict_object' && inner.type !== 'object') return false;
    const { entries } = inner as v.StrictObjectSchema<v.ObjectEntries, undefined>;
    if (!Object.hasOwn(entries, key)) return false;
    node = entries[key]!;
    if (part.endsWith('[]')) {
      const list = unwrapOptional(node);
      if (list.type !== 'array') return false;
      node = (list as v.ArraySchema<AnySchema, undefined>).item;
    }
  }
  return true;
}

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

/** The schema inside any number of `v.optional(…)`. */
function unwrapOptional(node: AnySchema): AnySchema {
  let inner = node;
  while (inner.type === 'optional') inner = (inner as v.OptionalSchema<AnySchema, undefined>).wrapped;
  return inner;
}

/**
 * Rules that judge the order of commands across a whole script (a restart after the startup
 * mode, the outgoing-call restriction after ExchUcUtil). One command of a runbook cannot satisfy
 * them on its own; the runbook's order is the engine's step order, which steps.test.ts proves.
 */
export const sequenceRule = (ruleId: string): boolean => /^order-|-after-/.test(ruleId);

const lintShell = (command: RunbookCommand): ScriptShell | undefined =>
  command.shell === 'exchange' || command.shell === 'lync' || command.shell === 'cmd' ? command.shell : undefined;

/** Checks the templates a step uses with a profile; an empty list means the step is clean. */
export function checkStepTemplates(step: RunbookStep, options: TemplateCheckOptions = {}): TemplateProblem[] {
  const templates: Readonly<Record<string, string>> = options.templates ?? commandTemplates;
  const sources: Readonly<Record<string, PlaceholderSource>> = options.placeholderSources ?? placeholderSources;
  const profile = options.profile ?? exampleProfile;
  const catalog = options.catalog ?? sharedCatalog;
  const lint = options.lint ?? lintScript;
  const problems: TemplateProblem[] = [];

  let commands: RunbookCommand[];
  try {
    commands = step.generate(profile);
  } catch (error) {
    return [{ code: 'generate-failed', detail: `generating ${step.id} failed: ${(error as Error).message}` }];
  }

  const seenTemplates = new Set<string>();
  for (const command of commands) {
    const id = templateOfCommand(command.text, templates);
    if (!id) {
      problems.push({ code: 'no-template', command: command.text, detail: 'no command template renders this text' });
      continue;
    }
    if (!seenTemplates.has(id)) {
      seenTemplates.add(id);
      for (const name of new Set(placeholdersOf(templates[id]!).map((p) => p.name))) {
        const source = Object.hasOwn(sources, name) ? sources[name] : undefined;
        if (!source) {
          problems.push({ code: 'unknown-placeholder', template: id, detail: `placeholder {${name}} names no profile field` });
        } else if (!schemaHasPath(source.profilePath)) {
          problems.push({ code: 'placeholder-not-a-field', template: id, detail: `placeholder {${name}} points at ${source.profilePath}, which the profile schema lacks` });
        }
      }
    }
    const shell = lintShell(command);
    if (!shell) continue; // console (GUI) actions are instructions, not commands
    const prepared = prepareScript(command.text, { shell }, catalog);
    for (const binding of prepared.bindings) {
      if (binding.resolution.kind === 'unknown') {
        problems.push({ code: 'unknown-command', template: id, command: command.text, detail: `${binding.written ?? '?'} is not in the cmdlet catalog` });
      }
    }
    const findings = lint(command.text, {
      shell,
      exchangeVersion: profile.exchange.version,
      lyncVersion: profile.lync.version,
      profile,
    }).filter((f) => f.severity !== 'info' && !sequenceRule(f.ruleId));
    for (const finding of findings) {
      const where = finding.range ? ` at column ${finding.range.column}` : '';
      problems.push({ code: 'lint', template: id, command: command.text, detail: `${finding.severity} ${finding.ruleId}${where} ${JSON.stringify(finding.params)}` });
    }
  }
  return problems;
}
