/** From rule reports to findings: severity, docs URL, disable comments, overlaps and order. */
import type { ProseDocument } from './prose';
import type { Report, Rule } from './rule';
import type { Finding, Severity } from './types';

/** Where each rule's documentation lives: a section of the rules reference. */
export const DOCS_BASE = 'https://github.com/guidelint/guidelint/blob/main/rules/README.md#';

/** A report of `rule` as a finding on `text`. */
export function toFinding(rule: Rule, report: Report, text: string, severity: Severity): Finding {
  const { meta } = rule;
  return {
    ruleId: meta.id,
    guideline: meta.guideline,
    severity,
    // A rule that quotes a block's text quotes its masked form; never show mask characters.
    message: report.message.replace(/\uFFFC+/g, '…'),
    start: report.start,
    end: report.end,
    actual: text.slice(report.start, report.end),
    expected: report.expected ?? [],
    url: DOCS_BASE + meta.id,
    fixes: report.fixes ?? [],
    ...(report.matched && Object.keys(report.matched).length ? { matched: report.matched } : {}),
  };
}

/**
 * Drops findings silenced by disable comments or whose text is an allowed term (compared
 * case-insensitively), and overlaps within a rule, and sorts by position.
 */
export function finishFindings(findings: Finding[], prose: ProseDocument, allowed: ReadonlySet<string> = new Set(), defers: ReadonlyMap<string, readonly string[]> = new Map()): Finding[] {
  const kept = findings.filter((f) => !isDisabled(f, prose) && !allowed.has(f.actual.toLowerCase()));
  return removeDeferred(removeOverlaps(kept), defers).sort(byPosition);
}

/** Drops a finding that overlaps a finding of a rule it defers to (rule metadata `defersTo`). */
function removeDeferred(findings: Finding[], defers: ReadonlyMap<string, readonly string[]>): Finding[] {
  if (defers.size === 0) return findings;
  const byRule = groupByRule(findings);
  return findings.filter((finding) => !(defers.get(finding.ruleId) ?? []).some((other) => (byRule.get(other) ?? []).some((f) => overlap(f, finding))));
}

function isDisabled(finding: Finding, prose: ProseDocument): boolean {
  return prose.disabled.some((range) =>
    finding.start >= range.start && finding.start <= range.end &&
    (range.ids.length === 0 || range.ids.includes(finding.ruleId) || range.ids.includes(finding.guideline)));
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

const overlap = (a: Finding, b: Finding): boolean =>
  a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** Within one rule, findings never overlap: the longest wins (STYLE.md). */
function removeOverlaps(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const list of groupByRule(findings).values()) {
    // Sorted by position, each finding only needs comparing with its overlapping neighbours.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Finding[] = [];
    for (const finding of list) {
      const previous = chosen[chosen.length - 1];
      if (!previous || !overlap(previous, finding)) chosen.push(finding);
      else if (finding.end - finding.start > previous.end - previous.start) chosen[chosen.length - 1] = finding;
    }
    // One by one: `push(...chosen)` passes every finding as an argument, and 130,000 of them overflowed the stack.
    for (const finding of chosen) kept.push(finding);
  }
  return kept;
}

/** Findings by rule id, each list in the order given. */
function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  return byRule;
}
