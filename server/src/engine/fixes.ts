/** Applying fixes to text: used by fix-all, `--fix` and tests. */
import type { Rule } from './rule';
import type { Finding, TextEdit } from './types';

/** The ids of the rules whose fixes may be applied unattended (`meta.fix === 'safe'`): fix-all and `--fix`. */
export function safeFixRuleIds(rules: readonly Rule[]): Set<string> {
  return new Set(rules.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id));
}

/**
 * Applies the first fix of each finding, skipping any whose edits overlap an edit already
 * taken, and returns the new text. Text outside the edits is left byte for byte.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, nonOverlappingEdits(findings));
}

/**
 * The edits of each finding's first fix, in order, without overlaps (the earlier finding wins).
 * The edits taken are kept sorted, so each fix is checked against its neighbours only: linear
 * in the findings for findings in document order, as the engine gives them.
 */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix || fix.edits.some((edit) => clashes(taken, edit))) continue;
    for (const edit of fix.edits) taken.splice(insertionPoint(taken, edit), 0, edit);
  }
  return taken;
}

/** Where `edit` goes in `sorted` (by start, then end), after any equal edit. */
function insertionPoint(sorted: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byRange(sorted[middle], edit) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether `edit` overlaps one of `sorted`, non-overlapping edits sorted by start then end:
 * only the edit before its insertion point and the ones that start inside it can.
 */
function clashes(sorted: readonly TextEdit[], edit: TextEdit): boolean {
  let at = insertionPoint(sorted, { ...edit, end: edit.start - 1 });
  if (at > 0 && overlaps(sorted[at - 1], edit)) return true;
  for (; at < sorted.length && (sorted[at].start < edit.end || sorted[at].start === edit.start); at++) {
    if (overlaps(sorted[at], edit)) return true;
  }
  return false;
}

const byRange = (a: TextEdit, b: TextEdit): number => a.start - b.start || a.end - b.end;

/** Applies sorted, non-overlapping `edits` to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point also clash: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
