import { describe, expect, it } from 'vitest';
import { reachableKeys, stringPatterns } from '../../bench/message-keys.mjs';

// The scan the size test runs over a page's early scripts (test/size/message-parts.test.ts): what
// it finds decides whether a runbook page's part of the dictionary is enough, so it must find
// every key written in one of the ways the code writes keys, in minified output too.
const keys = [
  'runbookPage.copy',
  'runbookPage.copyAll',
  'runbook.shell.exchange',
  'runbook.shell.lync',
  'step.enable-um.title',
  'step.enable-um.verify',
  'rule.dial-plan-name.message',
  'rule.dial-plan-name.message.space',
  'rule.dial-plan-name.title',
  'rule.ps-parse-error.message',
  'count.error.one',
  'count.error.other',
  'editor.unreadable',
];
const reached = (code: string) => [...reachableKeys([code], keys)].sort();

describe('message keys a script can print', () => {
  it('a string that is a key names it, in any quotes; other strings name nothing', () => {
    expect(reached('t(l,"runbookPage.copy");t(l,`runbookPage.copyAll`);x("runbookPage")')).toEqual(['runbookPage.copy', 'runbookPage.copyAll']);
  });

  it('a template literal names every key it matches, each substitution any text', () => {
    expect(reached('t(l,`runbook.shell.${s}`)')).toEqual(['runbook.shell.exchange', 'runbook.shell.lync']);
    expect(reached('t(l,`step.${id}.title`)')).toEqual(['step.enable-um.title']);
    expect(reached('t(l,`count.${n}.${f}`)')).toEqual(['count.error.one', 'count.error.other']);
  });

  it('a piece with a leading or trailing dot names the keys it starts or ends (keys joined with +)', () => {
    expect(reached('t(l,"count."+n+".one")')).toEqual(['count.error.one', 'count.error.other']);
    expect(reached('t(l,p+".verify")')).toEqual(['step.enable-um.verify']);
  });

  it('a template without a word builds ids and paths, not keys', () => {
    expect(reached('const id=`${a}.${b}`,k=`${x}-${y}`')).toEqual([]);
    expect(stringPatterns('`${a}.${b}`').filter((found: { pattern?: RegExp }) => found.pattern)).toEqual([]);
  });

  it('a template with a word at its end still counts (a storage key can look like one)', () => {
    expect(reached('s(`${key}.unreadable`)')).toEqual(['editor.unreadable']);
  });

  it('a rule’s messages named by a pattern count only for the rules whose id the scripts hold', () => {
    const formatFinding = 'function f(r,l){return t(l,`rule.${r.ruleId}.message.${r.params.variant}`)||t(l,`rule.${r.ruleId}.message`)}';
    expect(reached(formatFinding)).toEqual([]);
    expect(reached(`${formatFinding};const rule={id:"dial-plan-name"}`)).toEqual(['rule.dial-plan-name.message', 'rule.dial-plan-name.message.space']);
    // The id may sit in another script of the page.
    expect([...reachableKeys([formatFinding, 'export const r={id:"ps-parse-error"}'], keys)]).toEqual(['rule.ps-parse-error.message']);
    // A rule's key written out counts whatever the scripts hold.
    expect(reached('t(l,"rule.dial-plan-name.title")')).toEqual(['rule.dial-plan-name.title']);
  });

  it('reads strings as a parser does: quotes inside a regular expression or a comment start no string', () => {
    expect(reached('const r=/["`]/g;/* "runbookPage.copy" */t(l,"runbook.shell.lync")')).toEqual(['runbook.shell.lync']);
  });
});
