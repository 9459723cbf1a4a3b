/**
 * Near-miss suggestions ("did you mean") by edit distance. Used for cmdlet names, parameter names
 * and enum values; all comparisons are case-insensitive because PowerShell's are.
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early once
 * every cell of a row exceeds `limit` (returns `limit + 1` then), so a scan over a catalog stays cheap.
 * @example editDistance('Sevrer', 'Server') // → 1
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  const al = a.length;
  const bl = b.length;
  if (Math.abs(al - bl) > limit) return limit + 1;
  if (al === 0) return bl;
  if (bl === 0) return al;
  let prevPrev = new Array<number>(bl + 1).fill(0);
  let prev = new Array<number>(bl + 1);
  let curr = new Array<number>(bl + 1);
  for (let j = 0; j <= bl; j++) prev[j] = j;
  for (let i = 1; i <= al; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= bl; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = t;
  }
  return prev[bl]!;
}

/** The largest distance still worth suggesting for a word of this length (typos, not rewrites). */
export function suggestionBudget(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : Math.max(2, Math.floor(length / 4));
}

/**
 * The candidate closest to `word` within the budget, or undefined. Ties keep the first candidate,
 * so callers order candidates by preference. A candidate that starts with the word (or the other
 * way round) wins over a mere edit-distance neighbour: `-Thumb` means `-Thumbprint`.
 * @example nearest('Dula', ['TCP', 'TLS', 'Dual']) // → 'Dual'
 */
export function nearest(word: string, candidates: Iterable<string>, budget = suggestionBudget(word.length)): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === w) return candidate;
    const d = editDistance(w, c, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
