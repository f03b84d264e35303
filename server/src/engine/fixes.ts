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

/** The edits of each finding's first fix, in order, without overlaps (the earlier finding wins). */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    const clashes = fix.edits.some((edit) => taken.some((t) => overlaps(edit, t)));
    if (!clashes) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

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
