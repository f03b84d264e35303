/** Scoring as defined by ../shared/eval-dev/README.md: lenient overlap matching and a strict one-to-one variant. */

/** A finding or a label: a guideline and a UTF-16 range in one file. */
export interface Span {
  file: string;
  guideline: string;
  start: number;
  end: number;
}

/** Counts for one guideline (or all). */
export interface Score {
  findings: number;
  truePositives: number;
  labels: number;
  found: number;
  strictMatches: number;
}

/** The README's overlap test; a zero-width finding at p counts as [p, p+1). */
export function hits(finding: Span, label: Span): boolean {
  return finding.file === label.file && finding.guideline === label.guideline &&
    finding.start < label.end && label.start < Math.max(finding.end, finding.start + 1);
}

/** Lenient and strict counts for the findings and labels of one guideline. */
export function score(findings: readonly Span[], labels: readonly Span[]): Score {
  return {
    findings: findings.length,
    truePositives: findings.filter((f) => labels.some((l) => hits(f, l))).length,
    labels: labels.length,
    found: labels.filter((l) => findings.some((f) => hits(f, l))).length,
    strictMatches: maximumMatching(findings, labels),
  };
}

/** Size of a maximum one-to-one matching between findings and the labels they hit (augmenting paths). */
export function maximumMatching(findings: readonly Span[], labels: readonly Span[]): number {
  const matchOfLabel = new Array<number>(labels.length).fill(-1);
  const tryFinding = (f: number, seen: boolean[]): boolean => {
    for (let l = 0; l < labels.length; l++) {
      if (seen[l] || !hits(findings[f], labels[l])) continue;
      seen[l] = true;
      if (matchOfLabel[l] === -1 || tryFinding(matchOfLabel[l], seen)) {
        matchOfLabel[l] = f;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let f = 0; f < findings.length; f++) if (tryFinding(f, new Array<boolean>(labels.length).fill(false))) size++;
  return size;
}

/** Precision, recall and F1 of a score; strict ones use the one-to-one matching. */
export function ratios(s: Score): { precision: number; recall: number; f1: number; strictPrecision: number; strictRecall: number } {
  const div = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const precision = div(s.truePositives, s.findings);
  const recall = div(s.found, s.labels);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    strictPrecision: div(s.strictMatches, s.findings),
    strictRecall: div(s.strictMatches, s.labels),
  };
}
