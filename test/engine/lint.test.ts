/** The engine's contract: findings with exact offsets, settings, disable comments, and rule errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, lint } from '../../server/src/engine/index';
import { defaultPack } from '../../rules/pack/index';
import type { Rule } from '../../server/src/engine/rule';
import { rangeOf } from '../helpers/rule-tester';

const pack = defaultPack();
const post = 'Ping me at jane@example.org.\n';

test('a finding carries rule, guideline, severity, exact range, actual text and docs URL', () => {
  const [finding] = lint(post, { pack, format: 'text' }).filter((f) => f.ruleId === 'email-address');
  assert.deepEqual(
    { ruleId: finding.ruleId, guideline: finding.guideline, severity: finding.severity, actual: finding.actual, ...rangeOf(post, 'jane@example.org') },
    { ruleId: 'email-address', guideline: 'privacy', severity: 'warning', actual: 'jane@example.org', start: finding.start, end: finding.end },
  );
  assert.match(finding.url, /#email-address$/);
});

test('offsets are UTF-16 offsets into the original text, past CRLF, tabs and astral characters', () => {
  const text = '---\r\ntitle: 😀\r\n---\r\n\r\n🧪\tTest 𝔘 café\r\n\r\n> quote 😀 mail: bob@example.org\r\n';
  const [finding] = lint(text, { pack, format: 'markdown' }).filter((f) => f.ruleId === 'email-address');
  assert.deepEqual([finding.start, finding.end], [rangeOf(text, 'bob@example.org').start, rangeOf(text, 'bob@example.org').end]);
});

test('settings turn a rule off by its id or by its guideline id, and set severities', () => {
  assert.equal(lint(post, { pack, format: 'text', settings: { rules: { 'email-address': 'off' } } }).length, 0);
  assert.equal(lint(post, { pack, format: 'text', settings: { rules: { privacy: 'off' } } }).length, 0);
  const [byGuideline] = lint(post, { pack, format: 'text', settings: { rules: { privacy: 'error' } } });
  assert.equal(byGuideline.severity, 'error');
  const [ruleWins] = lint(post, { pack, format: 'text', settings: { rules: { privacy: 'error', 'email-address': 'info' } } });
  assert.equal(ruleWins.severity, 'info');
});

test('unknown settings keys, ids and values are errors that say what is wrong', () => {
  assert.throws(() => lint(post, { pack, format: 'text', settings: { colour: 'red' } as never }), /unknown setting `colour`/);
  assert.throws(() => lint(post, { pack, format: 'text', settings: { rules: { 'no-such-rule': 'off' } } }), /unknown rule or guideline id `no-such-rule`/);
  assert.throws(() => lint(post, { pack, format: 'text', settings: { rules: { privacy: 'loud' as never } } }), /`rules.privacy` must be one of/);
  assert.throws(() => lint(post, { pack, format: 'text', settings: { platform: 'myspace' } }), /unknown platform `myspace`/);
  assert.throws(() => lint(post, { pack, format: 'text', settings: { audience: 'kids' as never } }), /`audience` must be one of general, expert/);
});

test('a disable comment silences the named rule on the next line only', () => {
  const text = 'a@example.org\n\n<!-- guidelint-disable-next-line email-address -->\nb@example.org\n\nc@example.org\n';
  assert.deepEqual(lint(text, { pack, format: 'markdown' }).map((f) => f.actual), ['a@example.org', 'c@example.org']);
  const plain = 'guidelint-disable-next-line privacy\nb@example.org\nc@example.org\n';
  assert.deepEqual(lint(plain, { pack, format: 'text' }).map((f) => f.actual), ['c@example.org']);
});

test('a rule that throws is reported through onRuleError and skipped; the others still run', () => {
  const broken: Rule = {
    meta: { id: 'broken', guideline: 'privacy', description: 'Always throws, for this test.', severity: 'warning', languages: ['en'], fix: 'none' },
    checkBlock: () => { throw new Error('boom'); },
  };
  const errors: string[] = [];
  const findings = lint(post, { pack: { ...pack, rules: [broken, ...pack.rules] }, format: 'text', onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
  assert.deepEqual(errors, ['broken: boom']);
  assert.ok(findings.some((f) => f.ruleId === 'email-address'));
});

test('a rule that offers a fix while declaring fix: none is refused', () => {
  const liar: Rule = {
    meta: { id: 'liar', guideline: 'privacy', description: 'Offers a fix it does not declare.', severity: 'warning', languages: ['en'], fix: 'none' },
    checkBlock: (c) => [{ start: c.block.start, end: c.block.start + 1, message: 'x', fixes: [{ title: 't', edits: [] }] }],
  };
  const errors: string[] = [];
  lint(post, { pack: { ...pack, rules: [liar] }, format: 'text', onRuleError: (id) => errors.push(id) });
  assert.deepEqual(errors, ['liar']);
});

test('applying fixes changes only their ranges', () => {
  const text = 'A 😀\r\nb@example.org and c@example.org\ttab\r\n';
  assert.equal(applyFixes(text, lint(text, { pack, format: 'text' })), 'A 😀\r\n[redacted] and [redacted]\ttab\r\n');
});

test('a message that quotes masked text shows an ellipsis, never the mask character', () => {
  const quoting: Rule = {
    meta: { id: 'quoting', guideline: 'privacy', description: 'Quotes its whole block, for this test.', severity: 'warning', languages: ['en'], fix: 'none' },
    checkBlock: (c) => [{ start: c.block.start, end: c.block.start + c.block.text.length, message: `Quote: ${c.block.text}` }],
  };
  const [finding] = lint('See https://example.org/a now.', { pack: { ...pack, rules: [quoting] }, format: 'text' });
  assert.equal(finding.message, 'Quote: See … now.');
});
