/**
 * What a verification command's output must show for a profile, and what a pasted output was
 * found to show. Codes and parameters only; the wording is `verify.*` in the dictionaries.
 */
import type { RunbookCommand, StepId } from '../runbook/types.ts';

/** Where the reader learns why an expectation matters: a rule page, or the step's guide section. */
export type ExpectationRef = { kind: 'rule'; id: string } | { kind: 'guide'; section: string };

/**
 * One thing the output must show.
 * - `equals`: the property of the selected object has this value;
 * - `includes`: the property (a collection or a comma list) holds every value;
 * - `contains`: the property's text contains the value;
 * - `count`: exactly `count` objects have the property at this value (no property: objects at all);
 * - `every`: every object has the property at this value (and there is at least one).
 */
export interface Expectation {
  /** Stable within its check (`VoIPSecurity`, `gateway:pool.contoso.com`). */
  id: string;
  kind: 'equals' | 'includes' | 'contains' | 'count' | 'every';
  property: string;
  expected: string[];
  count?: number;
  /** Which object of several the expectation reads: the one whose `property` is `value`. */
  select?: { property: string; value: string };
  ref: ExpectationRef;
}

/** The check of one verification command: the cmdlet it runs and what its output must show. */
export interface OutputCheck {
  step: StepId;
  command: RunbookCommand;
  /** The cmdlet the command runs first (`Get-UMDialPlan`), as the reference spells it. */
  cmdlet: string;
  expectations: Expectation[];
}

/** Why an expectation did or did not hold (`verify.reason.<code>`). */
export type ReasonCode = 'matched' | 'differs' | 'lacks' | 'counted' | 'notShown' | 'objectNotFound' | 'truncated' | 'noObjects';

export interface ExpectationResult {
  expectation: Expectation;
  status: 'matched' | 'mismatched' | 'missing';
  reason: ReasonCode;
  /** What the output showed, when it showed something. */
  actual?: string;
  /** For `includes`: the values the output lacks. */
  lacking?: string[];
}

/** Why a paste could not be checked at all (`verify.problem.<code>`). */
export type VerifyProblem =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'errorRecord'
  | 'invalidJson'
  | 'noObjects'
  | 'wrongObject'
  | 'wrongCommand';

/** The verdict on one pasted output. */
export interface OutputVerdict {
  status: 'verified' | 'mismatch' | 'unreadable';
  problem?: { code: VerifyProblem; params: Record<string, string | number> };
  results: ExpectationResult[];
}
