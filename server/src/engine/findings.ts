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
 * case-insensitively), and overlaps within a rule, and sorts by position. O(n log n) in the
 * number of findings and disabled ranges (issue 12: 130,000 findings).
 */
export function finishFindings(findings: Finding[], prose: ProseDocument, allowed: ReadonlySet<string> = new Set(), defers: ReadonlyMap<string, readonly string[]> = new Map(), work?: WorkCounter): Finding[] {
  const disabled = new DisabledRanges(prose.disabled, work);
  const kept = findings.filter((f) => !disabled.covers(f) && !allowed.has(f.actual.toLowerCase()));
  return removeDeferred(removeOverlaps(kept), defers, work).sort(byPosition);
}

/** Counts the steps of the searches below, for tests that check their growth without timing them. */
export interface WorkCounter {
  steps: number;
}

/**
 * Intervals `[start, reach)` sorted by start, with the greatest reach of each prefix: whether
 * one of them overlaps a query is one binary search.
 */
class IntervalSet {
  private readonly starts: number[] = [];
  private readonly maxReach: number[] = [];

  constructor(intervals: { start: number; reach: number }[], private readonly work?: WorkCounter) {
    intervals.sort((a, b) => a.start - b.start);
    let max = -Infinity;
    for (const { start, reach } of intervals) {
      max = Math.max(max, reach);
      this.starts.push(start);
      this.maxReach.push(max);
    }
  }

  /** Whether an interval starts before `before` and reaches beyond `after`. */
  any(before: number, after: number): boolean {
    // The number of intervals that start before `before`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      if (this.work) this.work.steps++;
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxReach[lo - 1] > after;
  }
}

/** A finding's end for overlap tests: an empty finding still occupies its position. */
const reachOf = (f: Finding): number => Math.max(f.end, f.start + 1);

/** Drops a finding that overlaps a finding of a rule it defers to (rule metadata `defersTo`). */
function removeDeferred(findings: Finding[], defers: ReadonlyMap<string, readonly string[]>, work?: WorkCounter): Finding[] {
  if (defers.size === 0) return findings;
  const byRule = groupByRule(findings);
  const sets = new Map<string, IntervalSet>();
  const setOf = (ruleId: string): IntervalSet => {
    let set = sets.get(ruleId);
    if (!set) sets.set(ruleId, (set = new IntervalSet((byRule.get(ruleId) ?? []).map((f) => ({ start: f.start, reach: reachOf(f) })), work)));
    return set;
  };
  return findings.filter((finding) => !(defers.get(finding.ruleId) ?? []).some((other) => setOf(other).any(reachOf(finding), finding.start)));
}

/**
 * The document's disabled ranges, by the id they silence (`*` for all rules): a finding is
 * silenced by a range with `range.start <= finding.start <= range.end`.
 */
class DisabledRanges {
  private readonly byId = new Map<string, IntervalSet>();

  constructor(ranges: ProseDocument['disabled'], work?: WorkCounter) {
    const lists = new Map<string, { start: number; reach: number }[]>();
    for (const range of ranges) {
      for (const id of range.ids.length === 0 ? ['*'] : new Set(range.ids)) {
        const list = lists.get(id);
        const interval = { start: range.start, reach: range.end + 1 };
        if (list) list.push(interval);
        else lists.set(id, [interval]);
      }
    }
    for (const [id, list] of lists) this.byId.set(id, new IntervalSet(list, work));
  }

  covers(finding: Finding): boolean {
    if (this.byId.size === 0) return false;
    return ['*', finding.ruleId, finding.guideline].some((id) => this.byId.get(id)?.any(finding.start + 1, finding.start) ?? false);
  }
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

const overlap = (a: Finding, b: Finding): boolean => a.start < reachOf(b) && b.start < reachOf(a);

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
