/**
 * Parts of the dictionary a page can load instead of the whole of it. A runbook page's early code
 * (its first-paint scripts and the islands that hydrate once the browser is idle) prints a small
 * share of the site's messages; loading only those keeps that page's idle JavaScript small. Every
 * other island of such a page waits for the whole dictionary before it renders (src/islands/
 * renderer.ts), and code those early islands load on use awaits `ensureDictionaries` first.
 *
 * A part is a list of key patterns (`*` = any text, dots included). The size test
 * (test/size/built-pages.test.ts) reads every string of the scripts a page runs early, as keys
 * and key patterns (bench/message-keys.mjs), and fails when one of them names a key outside the
 * part the page loads; in the browser, reading a key outside the loaded part logs an error (which
 * fails every browser test).
 */
export const messageParts = {
  runbook: [
    'runbookPage.*',
    'runbook.*',
    'step.*.title',
    'step.*.unavailable',
    'stepValues.*',
    'profileBar.*',
    'cw.*',
    'count.*',
    'severity.*',
    'messages.*',
    'cli.severity.*',
    'profile.error.*',
    'notice.confirmReplace.*',
    'rule.*.message',
    'rule.*.message.*',
    'editor.openInEditor',
    // Named by the progress store's `${key}.unreadable` (a storage key, not a message), which the
    // size test reads as a key pattern like any other: cheaper to carry than to argue with.
    'editor.unreadable',
    'verify.status.unreadable',
  ],
} as const satisfies Record<string, readonly string[]>;

export type MessagePart = keyof typeof messageParts;

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
    const alternatives = messageParts[part].map((p) => p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
    pattern = new RegExp(`^(?:${alternatives.join('|')})$`);
    partPatterns.set(part, pattern);
  }
  return pattern.test(key);
}

/** The messages of a dictionary that belong to a part. */
export function messagePart<T extends Record<string, string>>(dictionary: T, part: MessagePart): Partial<T> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => inMessagePart(part, key))) as Partial<T>;
}
