/**
 * A rule's short title in the reader's language. Beside src/domain/messages.ts, not in it: what
 * prints findings (the runbook's command blocks) never prints titles, and a runbook page loads
 * only the messages its early code can print (src/i18n/message-parts.ts), the titles not among them.
 */
import { hasMessage, t, type Lang } from '../i18n/index.ts';

/** A rule's short title, or its id when the catalog has none. */
export function ruleTitle(ruleId: string, lang: Lang): string {
  const key = `rule.${ruleId}.title`;
  return hasMessage(key) ? t(lang, key) : ruleId;
}
