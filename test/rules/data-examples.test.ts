/** Data examples are tests: every `flag` example of every rule's data file is flagged by that rule, every `allow` example is not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rules } from '../../rules/index';
import { allExamples, type RuleData } from '../../rules/kinds/data';
import type { Language } from '../../server/src/engine/types';
import { findingsOf } from '../helpers/rule-tester';

for (const rule of rules) {
  const data = (rule as { data?: Partial<Record<Language, RuleData>> }).data ?? {};
  for (const [language, file] of Object.entries(data) as [Language, RuleData][]) {
    const { flag, allow } = allExamples(file);
    for (const text of flag) {
      test(`${rule.meta.id} (${language}) flags its example: ${text.slice(0, 70)}`, () => {
        assert.ok(findingsOf(rule, text, { language }).length > 0, `not flagged: ${text}`);
      });
    }
    for (const text of allow) {
      test(`${rule.meta.id} (${language}) allows its example: ${text.slice(0, 70)}`, () => {
        assert.deepEqual(findingsOf(rule, text, { language }).map((f) => f.actual), []);
      });
    }
  }
}

test('every rule has an id equal to its file name, a known guideline and a description', async () => {
  const { defaultPack } = await import('../../rules/pack');
  const guidelines = new Set(defaultPack.guidelines.map((g) => g.id));
  for (const rule of rules) {
    assert.match(rule.meta.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(guidelines.has(rule.meta.guideline), `${rule.meta.id}: unknown guideline ${rule.meta.guideline}`);
    assert.ok(rule.meta.description.length > 10);
  }
});
