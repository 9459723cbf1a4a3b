/**
 * Output checks: what each verification command must print for a profile, and the verdict on a
 * pasted output. Built on the parsers of `src/domain/output`.
 */
export * from './types.ts';
export { outputCheckFor, stepOutputChecks, uncheckedCommands, runbookOutputChecks, commandArguments } from './expectations.ts';
export { checkOutput, expectedProperties, sameValue, stepVerified } from './check.ts';
export { verdictLines, verdictProblem, verdictSummary, describeExpectation, describeResult, expectationHref, type VerdictLine } from './messages.ts';
