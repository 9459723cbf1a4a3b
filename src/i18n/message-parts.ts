/**
 * Parts of the dictionary a page can load instead of the whole of it. A runbook page's early code
 * (its first-paint scripts and the islands that hydrate once the browser is idle) prints a small
 * share of the site's messages; loading only those keeps that page's idle JavaScript small. Every
 * other island of such a page waits for the whole dictionary before it renders (src/islands/
 * renderer.ts), and code those early islands load on use awaits `ensureDictionaries` first.
 *
 * A part is a list of key patterns (`*` = any text, dots included, or none). The size test
 * (test/size/message-parts.test.ts) reads every string of the scripts a page runs early, as keys
 * and key patterns (bench/message-keys.mjs), and fails when one of them names a key outside the
 * part the page loads; in the browser, printing a message the page does not hold yet logs an error
 * (src/i18n/reader-dictionary.ts), which fails every browser test. The patterns stay out of the
 * browser's code: the plugin (src/i18n/vite-message-parts.ts) and the tests read them.
 */
/**
 * The profile rules (src/domain/profile-rules.ts), the only rules a runbook page runs early (its
 * findings); a unit test holds this list to the registry. Script rules (the linter) and the
 * certificate inspector's rules run later, after the whole dictionary. Their messages are a part
 * of their own (`findings`, about 4 KB of gzip, half of what a runbook page would otherwise load
 * early): a runbook page prints them only for a profile with errors or warnings, and the profile
 * store loads that part first (src/islands/state/profile.ts).
 */
const profileRuleIds = [
  'fqdn-syntax', 'unique-server-fqdns', 'exchange-version-roles', 'exchange-2019-no-um', 'lync-2010-cumulative-update',
  'lync-version-tests', 'mediation-server-present', 'server-has-certificate', 'certificate-subject-no-wildcard',
  'certificate-subject-is-server-fqdn', 'certificate-san-covers-servers', 'certificate-single-issuer',
  'certificate-not-self-signed', 'certificate-thumbprint', 'certificate-topology', 'dial-plan-sip-uri', 'dial-plan-name',
  'dial-plan-extension-digits', 'dial-plan-country-code', 'encryption-compatibility', 'encryption-phone-edition',
  'dial-plan-servers', 'startup-mode-dual', 'auto-attendant-name', 'e164-numbers', 'outbound-gateway',
  'lync-dial-plan-per-um-dial-plan', 'user-dial-plan-exists', 'user-sip-address', 'user-line-uri', 'user-extension-length',
  'fax-sip-dial-plan', 'missed-call-notifications', 'invisible-characters',
] as const;

/** The key patterns of each part. */
export const messageParts = {
  runbook: [
    // The command blocks, the step values and the profile bar (the page's idle islands).
    'runbookPage.blocked*',
    'runbookPage.cancel',
    'runbookPage.commandsShown',
    'runbookPage.confirm',
    'runbookPage.cop*',
    'runbookPage.moreCommands',
    'runbookPage.noCommands',
    'runbookPage.ruleLink',
    'runbookPage.runInLab',
    'runbookPage.verifyBlock',
    'runbookPage.warnings',
    'runbook.note.*',
    'runbook.shell.*',
    'runbook.target.*',
    'step.*.title',
    'step.*.unavailable',
    'stepValues.*',
    'profileBar.*',
    'cw.*',
    'count.*',
    'messages.*',
    'cli.severity.*',
    'editor.openInEditor',
    // The profile store: a share link's question, why a stored profile cannot be used.
    'notice.confirmReplace.*',
    'profile.error.*',
    'profile.expected.*',
    // The change-window sheet (src/islands/sheet/mount.tsx) renders once the browser is idle, so
    // that printing gives the reader's commands: its messages are early too.
    'step.*.verify',
    'sheet.*',
    'runbook.script.*',
    // Named by the progress store's `${key}.unreadable` (a storage key, not a message), which the
    // size test reads as a key pattern like any other: cheaper to carry than to argue with.
    'editor.unreadable',
    'verify.status.unreadable',
  ],
  // The words of the profile rules' findings, loaded by the profile store before a page that
  // holds the `runbook` part prints one (see `partsLoadedFirst`).
  findings: profileRuleIds.map((id) => `rule.${id}.message*`),
} satisfies Record<string, readonly string[]>;

export type MessagePart = keyof typeof messageParts;

/**
 * The parts that code loads before printing their messages on a page that holds another part: the
 * profile store (src/islands/state/profile.ts) awaits the `findings` part before a profile whose
 * findings are printed goes live. The size test lets a runbook page's early code name their keys.
 */
export const partsLoadedFirst: Partial<Record<MessagePart, readonly MessagePart[]>> = { runbook: ['findings'] };

/** True when `value` names a part. */
export function isMessagePart(value: unknown): value is MessagePart {
  return typeof value === 'string' && Object.hasOwn(messageParts, value);
}

const partPatterns = new Map<MessagePart, RegExp>();

/**
 * True when `key` belongs to the part.
 * @example inMessagePart('runbook', 'rule.fqdn-syntax.message') // → true
 * @example inMessagePart('runbook', 'rule.fqdn-syntax.title') // → false
 */
export function inMessagePart(part: MessagePart, key: string): boolean {
  let pattern = partPatterns.get(part);
  if (!pattern) {
    const alternatives = messageParts[part].map((p) => p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
    pattern = new RegExp(`^(?:${alternatives.join('|')})$`);
    partPatterns.set(part, pattern);
  }
  return pattern.test(key);
}

/** The messages of a dictionary that belong to a part. */
export function messagePart<T extends Record<string, string>>(dictionary: T, part: MessagePart): Partial<T> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => inMessagePart(part, key))) as Partial<T>;
}
