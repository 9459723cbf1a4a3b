/**
 * Command-line parsing for `passerelle`: a verb, positional arguments and `--option value` pairs
 * (also `--option=value`). Each verb declares the options it accepts and their allowed values;
 * anything else is a usage error (exit code 2), reported with an i18n key, never a stack trace.
 */
import { isLang, type Lang } from '../i18n/index.ts';

/** A usage, I/O or profile problem: exit code 2, worded by `key` in the chosen language. */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** What one option accepts: any value, or one of a fixed list. */
type OptionSpec = { values?: readonly string[] };

export interface VerbSpec {
  options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments the verb takes at most. */
  maxPositionals: number;
}

const lang: OptionSpec = { values: ['fr', 'en'] };

/** The verbs and their options. */
export const verbs = {
  lint: {
    maxPositionals: 1,
    options: {
      profile: {},
      lang,
      format: { values: ['text', 'json'] },
      exchange: { values: ['2013', '2016'] },
      lync: { values: ['2010', '2013', '2015'] },
      shell: { values: ['exchange', 'lync', 'cmd'] },
    },
  },
  generate: {
    maxPositionals: 0,
    options: { profile: {}, lang, format: { values: ['ps1', 'json'] }, step: {}, out: {} },
  },
  check: { maxPositionals: 0, options: { profile: {}, lang, format: { values: ['text', 'json'] } } },
  matrix: { maxPositionals: 0, options: { lang, format: { values: ['text', 'json'] } } },
  rules: { maxPositionals: 0, options: { lang, format: { values: ['text', 'json'] } } },
  cert: {
    maxPositionals: Number.POSITIVE_INFINITY,
    options: { profile: {}, lang, format: { values: ['text', 'json'] }, 'password-file': {}, 'change-date': {} },
  },
  verify: {
    maxPositionals: 1,
    options: { profile: {}, lang, step: {}, command: {}, runbook: {}, format: { values: ['text', 'json'] } },
  },
  inventory: { maxPositionals: 0, options: { lang, shell: { values: ['exchange', 'lync'] } } },
  // One file holding both inventories, or the Exchange and the Lync files.
  drift: { maxPositionals: 2, options: { profile: {}, lang, format: { values: ['text', 'json'] } } },
  schema: { maxPositionals: 0, options: { lang } },
  help: { maxPositionals: 1, options: { lang } },
} as const satisfies Record<string, VerbSpec>;

export type Verb = keyof typeof verbs;

export interface ParsedArgs {
  verb: Verb;
  positionals: string[];
  options: Record<string, string>;
  lang: Lang;
}

/** The language for messages before `--lang` is known: from LANG/LC_ALL (fr_* → fr), else English. */
export function environmentLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Parses `argv` (without `node` and the script). Throws `CliError` on an unknown verb or option, a
 * missing or invalid value, or too many arguments.
 * @example parseArgs(['check', '--profile', 'p.json', '--lang=fr'], 'en')
 * // → { verb: 'check', positionals: [], options: { profile: 'p.json', lang: 'fr' }, lang: 'fr' }
 */
export function parseArgs(argv: readonly string[], fallbackLang: Lang): ParsedArgs {
  const [verbName, ...rest] = argv;
  if (verbName === undefined || verbName === '--help' || verbName === '-h') {
    return { verb: 'help', positionals: [], options: {}, lang: fallbackLang };
  }
  if (!Object.hasOwn(verbs, verbName)) throw new CliError('cli.error.unknownVerb', { verb: verbName });
  const verb = verbName as Verb;
  const spec: VerbSpec = verbs[verb];
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') return { verb: 'help', positionals: [verb], options: {}, lang: options.lang as Lang ?? fallbackLang };
    const match = /^--([a-z]+(?:-[a-z]+)*)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1];
    if (!match || name === undefined || !Object.hasOwn(spec.options, name)) throw new CliError('cli.error.unknownOption', { option: arg, verb });
    let value = match[2];
    if (value === undefined) {
      value = rest[i + 1];
      if (value === undefined) throw new CliError('cli.error.missingValue', { option: `--${name}` });
      i += 1;
    }
    const allowed = spec.options[name]!.values;
    if (allowed && !allowed.includes(value)) {
      throw new CliError('cli.error.badValue', { option: `--${name}`, value, expected: allowed.join(' | ') });
    }
    if (Object.hasOwn(options, name)) throw new CliError('cli.error.repeatedOption', { option: `--${name}` });
    options[name] = value;
  }
  if (positionals.length > spec.maxPositionals) throw new CliError('cli.error.tooManyArguments', { verb, argument: positionals[spec.maxPositionals]! });
  const chosen = options.lang;
  return { verb, positionals, options, lang: isLang(chosen) ? chosen : fallbackLang };
}
