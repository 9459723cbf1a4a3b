/**
 * Checks a pasted output against a verification command's expectations. Total: whatever the
 * text, it returns a verdict — `verified` only when every expectation holds.
 */
import { propertyItems, readShellOutput, shellProperty, type ShellObject } from '../output/index.ts';
import type { Expectation, ExpectationResult, OutputCheck, OutputVerdict } from './types.ts';

/** Text compared as the shells mean it: case-insensitive, spaces collapsed, Unicode composed. */
export function sameValue(actual: string, expected: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (norm(actual) === norm(expected)) return true;
  // A value wrapped by the console may have lost or gained a space at the cut.
  return norm(actual).replace(/ /g, '') === norm(expected).replace(/ /g, '');
}

function selected(objects: readonly ShellObject[], expectation: Expectation): ShellObject | undefined {
  const { select } = expectation;
  if (!select) return objects[0];
  return objects.find((o) => {
    const p = shellProperty(o, select.property);
    return p !== undefined && sameValue(p.text, select.value);
  });
}

function evaluate(objects: readonly ShellObject[], expectation: Expectation): ExpectationResult {
  const result = (status: ExpectationResult['status'], reason: ExpectationResult['reason'], extra: Partial<ExpectationResult> = {}): ExpectationResult => ({
    expectation,
    status,
    reason,
    ...extra,
  });
  const [expected = ''] = expectation.expected;
  if (expectation.kind === 'count') {
    const n = expectation.property === ''
      ? objects.length
      : objects.filter((o) => {
          const p = shellProperty(o, expectation.property);
          return p !== undefined && sameValue(p.text, expected);
        }).length;
    if (expectation.property !== '' && !objects.some((o) => shellProperty(o, expectation.property))) return result('missing', 'notShown');
    return n === expectation.count ? result('matched', 'matched', { actual: String(n) }) : result('mismatched', 'counted', { actual: String(n) });
  }
  if (expectation.kind === 'every') {
    if (objects.length === 0) return result('missing', 'noObjects');
    const shown = objects.map((o) => shellProperty(o, expectation.property));
    if (shown.some((p) => p === undefined)) return result('missing', 'notShown');
    const wrong = shown.find((p) => !sameValue(p!.text, expected));
    return wrong ? result('mismatched', 'differs', { actual: wrong.text }) : result('matched', 'matched', { actual: expected });
  }
  const object = selected(objects, expectation);
  if (!object) return result('missing', 'objectNotFound');
  const property = shellProperty(object, expectation.property);
  if (!property) return result('missing', 'notShown');
  switch (expectation.kind) {
    case 'equals':
      if (sameValue(property.text, expected)) return result('matched', 'matched', { actual: property.text });
      if (property.truncated && expected.toLowerCase().startsWith(property.text.toLowerCase())) return result('missing', 'truncated', { actual: property.text });
      return result('mismatched', 'differs', { actual: property.text });
    case 'contains':
      if (property.text.toLowerCase().includes(expected.toLowerCase())) return result('matched', 'matched', { actual: property.text });
      return property.truncated ? result('missing', 'truncated', { actual: property.text }) : result('mismatched', 'differs', { actual: property.text });
    case 'includes': {
      const items = propertyItems(property);
      const lacking = expectation.expected.filter((e) => !items.some((item) => sameValue(item, e)));
      if (lacking.length === 0) return result('matched', 'matched', { actual: items.join(', ') });
      return property.truncated
        ? result('missing', 'truncated', { actual: items.join(', '), lacking })
        : result('mismatched', 'lacks', { actual: items.join(', '), lacking });
    }
  }
}

/** The properties a check reads (expectations and selections), for "expected …" messages. */
export function expectedProperties(check: OutputCheck): string[] {
  const names = [...check.expectations.map((e) => e.property), ...check.expectations.flatMap((e) => (e.select ? [e.select.property] : []))].filter((n) => n !== '');
  return [...new Set(names)];
}

/**
 * The verdict on `text` for one check.
 * @example checkOutput(check, 'URIType : SipName\nVoIPSecurity : Secured…').status // → 'verified' when every expectation holds
 */
export function checkOutput(check: OutputCheck, text: string): OutputVerdict {
  const output = readShellOutput(text);
  const wanted = { cmdlet: check.cmdlet, properties: expectedProperties(check).join(', ') };
  if (!output.ok) return { status: 'unreadable', problem: { code: output.problem, params: { ...wanted, ...output.params } }, results: [] };
  // A prompt line shows what was typed: another cmdlet's output is named as such.
  const echoed = output.commands.map((c) => /^([A-Za-z]+-[A-Za-z]+)/.exec(c)?.[1]).find((c) => c !== undefined);
  if (echoed && echoed.toLowerCase() !== check.cmdlet.toLowerCase() && !check.command.text.toLowerCase().includes(echoed.toLowerCase())) {
    return { status: 'unreadable', problem: { code: 'wrongCommand', params: { ...wanted, found: echoed } }, results: [] };
  }
  const names = expectedProperties(check).map((n) => n.toLowerCase());
  const shows = output.objects.some((o) => o.properties.some((p) => names.includes(p.name.toLowerCase())));
  if (names.length > 0 && !shows) {
    const found = [...new Set(output.objects.flatMap((o) => o.properties.map((p) => p.name)))].slice(0, 6).join(', ');
    return { status: 'unreadable', problem: { code: 'wrongObject', params: { ...wanted, found } }, results: [] };
  }
  const results = check.expectations.map((e) => evaluate(output.objects, e));
  return { status: results.every((r) => r.status === 'matched') ? 'verified' : 'mismatch', results };
}

/** A step is verified when it has checks and each has a verified verdict. */
export function stepVerified(verdicts: readonly (OutputVerdict | undefined)[]): boolean {
  return verdicts.length > 0 && verdicts.every((v) => v?.status === 'verified');
}
