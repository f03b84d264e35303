/**
 * Issue 12, "A time budget per document and per rule": a rule that spends more than its budget
 * on one document is skipped for that document (its findings there dropped, one notice naming
 * it) and every other rule's findings are still there. The engine's clock is a fake one that
 * the slow rules advance, so nothing here depends on the machine's speed; the CLI tests use a
 * rule that really spins, far over a budget no other rule comes near.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultPack } from '../../rules/pack/index';
import { formatJson } from '../../server/src/cli/formatters/json';
import { lintFile, type FileJob } from '../../server/src/cli/lint-file';
import { validateSettings } from '../../server/src/config/settings';
import { DocumentLinter } from '../../server/src/engine/lint';
import type { Rule } from '../../server/src/engine/rule';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { DEFAULT_RULE_BUDGET_MS } from '../../server/src/engine/types';

const pack = defaultPack();
const POST = 'Mail jane@example.org about it.\n\nThe second paragraph says nothing.\n\nCall me on 555 0100, or mail bob@example.org.\n';

/** A clock the slow rules advance: `ms` per call of theirs. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/** A block rule that reports the start of each block and costs `costs[k]` fake milliseconds on its k-th block. */
function slowBlockRule(clock: { advance: (ms: number) => void }, costs: number[], calls: number[] = []): Rule {
  return {
    meta: { id: 'slow-rule', guideline: 'privacy', description: 'A slow rule.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
    checkBlock: function slowRule({ block }) {
      calls.push(block.start);
      clock.advance(costs[calls.length - 1] ?? 0);
      return [{ start: block.start, end: block.start + 4, message: 'slow' }];
    },
  };
}

const ruleIds = (findings: { ruleId: string }[]): string[] => findings.map((f) => f.ruleId);

test('a block rule over its budget on a document is skipped there, with one notice; the other rules report as before', () => {
  const clock = fakeClock();
  const calls: number[] = [];
  // A rule's first check in a process compiles its patterns and is not charged: a warm-up post.
  // Then 1,500 ms on the first block, 1,000 on the second: over the default 2,000 ms after the second, not run on the third.
  const slow = slowBlockRule(clock, [0, 1500, 1000, 0], calls);
  new DocumentLinter({ pack: { ...pack, rules: [...pack.rules, slow] }, format: 'markdown', now: clock.now }).check('Warm up.');
  const linter = new DocumentLinter({ pack: { ...pack, rules: [...pack.rules, slow] }, format: 'markdown', now: clock.now });
  const outcome = linter.check(POST);
  const expected = new DocumentLinter({ pack, format: 'markdown' }).lint(POST);
  assert.deepEqual(outcome.overBudget, [{ ruleId: 'slow-rule', elapsedMs: 2500, budgetMs: DEFAULT_RULE_BUDGET_MS }]);
  assert.deepEqual(calls.length, 3, 'not run on the third block');
  // The slow rule's findings on its first two blocks are dropped too: it is skipped for the document.
  assert.deepEqual(outcome.findings, expected);
  assert.ok(ruleIds(expected).includes('email-address'));
});

test('the next version runs the rule again, on the blocks it was skipped on too (the block cache does not keep the skip)', () => {
  const clock = fakeClock();
  const calls: number[] = [];
  const slow = slowBlockRule(clock, [0, 2500], calls);
  new DocumentLinter({ pack: { ...pack, rules: [...pack.rules, slow] }, format: 'markdown', now: clock.now }).check('Warm up.');
  const linter = new DocumentLinter({ pack: { ...pack, rules: [...pack.rules, slow] }, format: 'markdown', now: clock.now });
  assert.deepEqual(linter.check(POST).overBudget?.map((o) => o.ruleId), ['slow-rule']);
  // Fast from now on; only the first block changes, yet all three blocks get the rule's finding.
  const next = linter.check(POST.replace('Mail jane', 'Write to jane'));
  assert.equal(next.overBudget, undefined);
  assert.equal(next.findings.filter((f) => f.ruleId === 'slow-rule').length, 3);
});

test('a document rule over its budget is skipped; the budget is a setting (ruleBudgetMs)', () => {
  const clock = fakeClock();
  const slow: Rule = {
    meta: { id: 'slow-document-rule', guideline: 'privacy', description: 'A slow rule.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
    checkDocument: function slowDocumentRule() {
      clock.advance(30);
      return [{ start: 0, end: 4, message: 'slow' }];
    },
  };
  const options = { pack: { ...pack, rules: [...pack.rules, slow] }, format: 'markdown' as const, now: clock.now };
  // 30 fake ms is well within the default budget (and the first check is not charged) …
  assert.ok(ruleIds(new DocumentLinter(options).lint(POST)).includes('slow-document-rule'));
  // … and over a budget of 20 ms.
  const outcome = new DocumentLinter({ ...options, settings: { ruleBudgetMs: 20 } }).check(POST);
  assert.deepEqual(outcome.overBudget, [{ ruleId: 'slow-document-rule', elapsedMs: 30, budgetMs: 20 }]);
  assert.ok(!ruleIds(outcome.findings).includes('slow-document-rule'));
  assert.ok(ruleIds(outcome.findings).includes('email-address'));
  assert.throws(() => validateSettings({ ruleBudgetMs: 0 }), /`ruleBudgetMs` must be a number of milliseconds above 0, not `0`/);
  assert.throws(() => validateSettings({ ruleBudgetMs: '2s' }), /not `2s`/);
});

test('the editor gets one information diagnostic naming the skipped rule, in the document\'s language', () => {
  const document = TextDocument.create('file:///post.md', 'markdown', 1, POST);
  const result = { uri: document.uri, version: 1, format: 'markdown' as const, language: 'en' as const, findings: [], unchecked: [], overBudget: [{ ruleId: 'slow-rule', elapsedMs: 2500, budgetMs: 2000 }] };
  const diagnostics = toDiagnostics(document, result);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 3);
  assert.equal(diagnostics[0].message, 'Guidelint skipped rule slow-rule on this document: it took 2500 ms, over its budget of 2000 ms (setting ruleBudgetMs). The other rules were checked.');
  assert.match(toDiagnostics(document, { ...result, language: 'fr' })[0].message as string, /^Guidelint a sauté la règle slow-rule sur ce document/);
});

/** A rule that really takes `ms` milliseconds on each block. */
function spinningRule(ms: number): Rule {
  return {
    meta: { id: 'spinning-rule', guideline: 'privacy', description: 'A slow rule.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
    checkBlock: function spinningRule({ block }) {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // Spin.
      }
      return [{ start: block.start, end: block.start + 4, message: 'slow' }];
    },
  };
}

const job = (filePath: string, text: string, flags = {}): FileJob => ({ filePath, formatName: filePath, text, configFile: undefined, flags, language: undefined, quiet: false, fix: false });

test('the CLI reports a rule over its budget in the JSON, not as an error, and the other rules still report', () => {
  // 600 ms on the first block, against a budget of 500 that no real rule comes near on this post.
  const { result } = lintFile(job('post.md', POST, { ruleBudgetMs: 500 }), { pack: { ...pack, rules: [...pack.rules, spinningRule(600)] }, settings: {} });
  assert.deepEqual(result.overBudget?.map((o) => [o.ruleId, o.budgetMs]), [['spinning-rule', 500]]);
  assert.ok(result.overBudget![0].elapsedMs >= 600);
  assert.deepEqual(result.messages.map((m) => m.ruleId).filter((id) => id === 'email-address'), ['email-address', 'email-address']);
  assert.ok(!result.messages.some((m) => m.ruleId === 'spinning-rule'));
  assert.equal(result.errorCount, 0);
  assert.deepEqual(JSON.parse(formatJson([result]))[0].overBudget, result.overBudget);
});

test('the CLI says on stderr, one line each, which rules a config file\'s tiny budget skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-budget-'));
  writeFileSync(join(dir, '.guidelint.yml'), 'ruleBudgetMs: 0.0001\n');
  const file = join(dir, 'post.md');
  writeFileSync(file, POST);
  const run = spawnSync('node', [join(process.cwd(), 'server/out/cli.js'), '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, GUIDELINT_WORKERS: '0' } });
  const [result] = JSON.parse(run.stdout) as { overBudget?: { ruleId: string; elapsedMs: number; budgetMs: number }[] }[];
  assert.ok((result.overBudget ?? []).length > 0, 'some rule takes more than 0.1 µs');
  const lines = run.stderr.trim().split('\n');
  assert.deepEqual(lines, result.overBudget!.map((o) => `guidelint: rule ${o.ruleId} took ${o.elapsedMs} ms, over its budget of 0.0001 ms, and was skipped on ${file}`));
});
