/**
 * Issue 12: a document with 130,000 findings. Dropping the deferred ones (`defersTo`) and those
 * under disable comments compared each finding with every finding of the rule it defers to and
 * with every disabled range: quadratic, minutes at this size. Now each is a binary search over
 * sorted intervals; a work counter (not a clock) checks it stays within n log n, and a
 * reference written the obvious way checks the result on small random documents.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishFindings, type WorkCounter } from '../../server/src/engine/findings';
import type { DisableRange, ProseDocument } from '../../server/src/engine/prose';
import type { Finding } from '../../server/src/engine/types';

const finding = (ruleId: string, guideline: string, start: number, end: number): Finding => ({
  ruleId, guideline, severity: 'warning', message: 'm', start, end, actual: 'x', expected: [], url: '', fixes: [],
});
const prose = (disabled: DisableRange[]): ProseDocument => ({ blocks: [], images: [], quotes: [], disabled, frontmatter: {}, bodyStart: 0 });

/** What finishFindings keeps, the obvious quadratic way. */
function reference(findings: Finding[], disabled: DisableRange[], defers: Map<string, string[]>): string[] {
  const overlap = (a: Finding, b: Finding): boolean => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
  const silenced = (f: Finding): boolean => disabled.some((r) => f.start >= r.start && f.start <= r.end && (r.ids.length === 0 || r.ids.includes(f.ruleId) || r.ids.includes(f.guideline)));
  const kept: Finding[] = [];
  for (const rule of new Set(findings.map((f) => f.ruleId))) {
    const list = findings.filter((f) => f.ruleId === rule && !silenced(f)).sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Finding[] = [];
    for (const f of list) {
      const previous = chosen[chosen.length - 1];
      if (!previous || !overlap(previous, f)) chosen.push(f);
      else if (f.end - f.start > previous.end - previous.start) chosen[chosen.length - 1] = f;
    }
    kept.push(...chosen);
  }
  return kept
    .filter((f) => !(defers.get(f.ruleId) ?? []).some((other) => kept.some((g) => g.ruleId === other && overlap(g, f))))
    .map((f) => `${f.ruleId}@${f.start}-${f.end}`)
    .sort();
}

test('dropping deferred and disabled findings gives what the obvious comparison gives', () => {
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const rules = [['a', 'g1'], ['b', 'g1'], ['c', 'g2']];
  const defers = new Map([['a', ['b']], ['c', ['a', 'b']]]);
  for (let round = 0; round < 300; round++) {
    const findings = Array.from({ length: random(30) }, () => {
      const [rule, guideline] = rules[random(3)];
      const start = random(100);
      return finding(rule, guideline, start, start + random(6));
    });
    const disabled = Array.from({ length: random(4) }, () => {
      const start = random(100);
      return { start, end: start + random(20), ids: [[], ['a'], ['g2'], ['b', 'c']][random(4)] };
    });
    const got = finishFindings(findings, prose(disabled), new Set(), defers).map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
    assert.deepEqual(got, reference(findings, disabled, defers), `round ${round}`);
  }
});

test('130,000 findings, half deferring to the other half, and 10,000 disabled ranges cost n log n steps', () => {
  const n = 130_000;
  const findings: Finding[] = [];
  // Rule `a` defers to `b`; their findings interleave, so each `a` finding has `b` neighbours but overlaps none.
  for (let i = 0; i < n / 2; i++) {
    findings.push(finding('a', 'g', 10 * i, 10 * i + 3));
    findings.push(finding('b', 'g', 10 * i + 5, 10 * i + 8));
  }
  // Every 13th `b` finding is widened to overlap the `a` finding after it.
  for (let i = 1; i < n; i += 26) findings[i] = finding('b', 'g', findings[i].start, findings[i].start + 7);
  const disabled: DisableRange[] = Array.from({ length: 10_000 }, (_, k) => ({ start: 130 * k, end: 130 * k + 2, ids: k % 2 ? ['a'] : [] }));
  const work: WorkCounter = { steps: 0 };
  const kept = finishFindings(findings, prose(disabled), new Set(), new Map([['a', ['b']]]), work);
  const bound = 4 * (n + disabled.length) * Math.log2(n + disabled.length);
  assert.ok(work.steps < bound, `${work.steps} steps (bound ${Math.round(bound)})`);
  // Findings at 130k are under a disable comment (every 13th `a` finding); widened `b` ones swallow the `a` after them.
  const silenced = findings.filter((f) => f.start % 130 <= 2).length;
  const deferred = findings.filter((f, i) => f.ruleId === 'a' && i > 0 && (i - 1) % 26 === 1 && f.start % 130 > 2).length;
  assert.equal(kept.length, n - silenced - deferred);
  assert.ok(kept.every((f, k) => k === 0 || kept[k - 1].start <= f.start), 'sorted by position');
});
