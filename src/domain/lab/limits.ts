/**
 * The lab's limits in one table: what one typed line may cost before the lab stops it with a
 * clear message, so that nothing typed can hang the browser tab. Tests import the same numbers.
 */
export const labLimits = {
  /** Steps of the regular-expression matcher for one `-match` (PowerShell itself has no limit). */
  matchSteps: 1_000_000,
  /** Instructions a compiled pattern may have (`a{5000}` expands its body 5,000 times). */
  patternSize: 20_000,
  /** Items one value may hold (`$a = $a + $a`, a pipeline, a loop's output). */
  valueItems: 100_000,
  /** Characters one string may hold. */
  stringChars: 1_000_000,
  /** Statements one line may run (loops included). */
  statements: 200_000,
  /** Lines one command may print; the rest is counted and cut. Same as the terminal's scrollback. */
  outputLines: 2_000,
  /** Characters one printed line may have; the rest is cut. */
  lineChars: 4_000,
} as const;
