/**
 * RuleTester-style tables for one rule: `valid` texts give no finding of the rule, `invalid`
 * cases give exactly the listed findings (located by the text they cover, never by counted
 * columns), and `output` is the exact text after applying each finding's first fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { applyFixes, lint } from '../../server/src/engine/index';
import type { Pack } from '../../server/src/engine/pack';
import type { Finding, Format, Language, Settings } from '../../server/src/engine/types';

/** An expected finding: the text it covers (the `nth` occurrence, default first) and optionally its message. */
export interface ExpectedFinding {
  text: string;
  nth?: number;
  message?: string | RegExp;
}

/** A text the rule must flag. */
export interface InvalidCase {
  text: string;
  findings: ExpectedFinding[];
  /** The text after applying every finding's first fix. */
  output?: string;
  format?: Format;
  language?: Language;
  settings?: Settings;
  name?: string;
}

/** A text the rule must leave alone, with the options to lint it with. */
export type ValidCase = string | { text: string; format?: Format; language?: Language; settings?: Settings; name?: string };

/** The `[start, end)` of the `nth` occurrence of `needle` in `haystack`. */
export function rangeOf(haystack: string, needle: string, nth = 1): { start: number; end: number } {
  let index = -1;
  for (let k = 0; k < nth; k++) {
    index = haystack.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`\`${needle}\` (occurrence ${nth}) not in the test text`);
  }
  return { start: index, end: index + needle.length };
}

/** Options for one lint in a test; the pack defaults to the default pack. */
export interface TestLintOptions {
  format?: Format;
  language?: Language;
  settings?: Settings;
  pack?: Pack;
}

/**
 * Lints `text` with the default pack (or `options.pack`) and keeps the findings of rule
 * `ruleId`. English unless the case says otherwise (or its front matter does): a rule's test
 * never depends on language detection, which has tests of its own.
 */
export function findingsOf(ruleId: string, text: string, options: TestLintOptions = {}): Finding[] {
  const pack = options.pack ?? defaultPack();
  const all = lint(text, { pack, format: options.format ?? 'text', language: options.language ?? 'en', settings: options.settings });
  return all.filter((f) => f.ruleId === ruleId);
}

/** Registers one node:test test per case, for the rule `ruleId` of the default pack. */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = defaultPack().rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`the default pack has no rule \`${ruleId}\``);
  for (const item of cases.valid) {
    const valid = typeof item === 'string' ? { text: item } : item;
    test(`${rule.meta.id} leaves alone: ${valid.name ?? valid.text.slice(0, 60)}`, () => {
      const found = findingsOf(ruleId, valid.text, valid).map((f) => `${f.actual} — ${f.message}`);
      assert.deepEqual(found, []);
    });
  }
  for (const item of cases.invalid) {
    test(`${rule.meta.id} flags: ${item.name ?? item.text.slice(0, 60)}`, () => {
      const found = findingsOf(ruleId, item.text, item);
      const expected = item.findings.map((e) => rangeOf(item.text, e.text, e.nth));
      assert.deepEqual(found.map((f) => ({ start: f.start, end: f.end, actual: f.actual })),
        expected.map((r) => ({ ...r, actual: item.text.slice(r.start, r.end) })));
      for (const [k, finding] of found.entries()) {
        assert.equal(finding.guideline, rule.meta.guideline);
        const message = item.findings[k].message;
        if (typeof message === 'string') assert.equal(finding.message, message);
        else if (message) assert.match(finding.message, message);
      }
      if (item.output !== undefined) assert.equal(applyFixes(item.text, found), item.output);
    });
  }
}
