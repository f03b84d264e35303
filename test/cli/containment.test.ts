/**
 * One file never stops a CLI run (issue 12, item 3): inputs that used to crash the whole run,
 * an internal error as that file's `fatal` entry, a worker that dies, and rule errors on
 * stderr and in the JSON.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { formatJson } from '../../server/src/cli/formatters/json';
import { formatStylish } from '../../server/src/cli/formatters/stylish';
import { lintFile, type FileJob } from '../../server/src/cli/lint-file';
import { lintInWorkers } from '../../server/src/cli/worker-pool';
import type { Rule } from '../../server/src/engine/rule';

const cli = join(process.cwd(), 'server/out/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'guidelint-containment-'));
const write = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));

// Each of these made the whole run exit with a stack trace and no output for any file.
const files = [
  write('colon-url.md', ':/b.c\n\nMail jane@example.org.\n'),
  write('lists.md', `${'- '.repeat(1700)}Mail bob@example.org\n`),
  write('quotes.md', `${'>'.repeat(6000)} Mail eve@example.org\n`),
  write('plain.txt', 'Mail joe@example.org.\n'),
];

for (const workers of ['0', '2']) {
  test(`every file is reported, on ${workers === '0' ? 'the main thread' : 'two workers'}`, () => {
    const run = spawnSync('node', [cli, '--format', 'json', ...files], { encoding: 'utf8', env: { ...process.env, GUIDELINT_WORKERS: workers } });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(results.map((r) => [r.filePath, r.messages.filter((m) => m.ruleId === 'email-address').length]), files.map((f) => [f, 1]));
  });
}

const job = (filePath: string, text: string): FileJob => ({ filePath, formatName: filePath, text, configFile: undefined, flags: {}, language: undefined, quiet: false, fix: false });

test('an internal error makes that file one fatal error, named and counted', () => {
  const outcome = lintFile(job('broken.md', undefined as never));
  assert.equal(outcome.result.errorCount, 1);
  assert.match(outcome.result.fatal!, /^could not be linted: internal error \(TypeError: .*\); please report it$/);
});

test('a rule that throws is reported in the JSON and the stylish output, counts as an error, and the other rules still report', () => {
  const broken: Rule = {
    meta: { id: 'broken-rule', guideline: 'privacy', description: 'A rule with a bug.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
    checkBlock: function brokenRule() {
      throw new TypeError('x is undefined');
    },
  };
  const pack = defaultPack();
  const { result } = lintFile(job('post.md', 'Mail jane@example.org.\n\nAnd more.\n'), { pack: { ...pack, rules: [broken, ...pack.rules] }, settings: {} });
  assert.deepEqual(result.ruleErrors, [{ ruleId: 'broken-rule', message: 'TypeError: x is undefined' }]);
  assert.deepEqual([result.errorCount, result.warningCount, result.messages.map((m) => m.ruleId)], [1, 1, ['email-address']]);
  assert.deepEqual(JSON.parse(formatJson([result]))[0].ruleErrors, [{ ruleId: 'broken-rule', message: 'TypeError: x is undefined' }]);
  const stylish = formatStylish([result]).split('\n');
  assert.equal(stylish[1], '  error  rule `broken-rule` failed and was skipped: TypeError: x is undefined');
  assert.equal(stylish.at(-1), '✖ 2 problems (1 error, 1 warning)');
});

test('an unchecked block is an error in the CLI, located, in both formats', () => {
  const result = {
    filePath: 'post.md', messages: [], errorCount: 1, warningCount: 0, infoCount: 0,
    unchecked: [{ message: 'could not be checked (internal error: RangeError: too deep); the rest of the file was', line: 3, column: 1, endLine: 3, endColumn: 9 }],
  };
  assert.deepEqual(formatStylish([result]).split('\n'), [
    'post.md', '  3:1  error    could not be checked (internal error: RangeError: too deep); the rest of the file was  guidelint', '', '✖ 1 problem (1 error, 0 warnings)',
  ]);
  assert.deepEqual(JSON.parse(formatJson([result]))[0].unchecked, result.unchecked);
});

test('a worker that dies or throws loses its file, not the run: the other files are linted on a new worker', async () => {
  // A stand-in for lint-worker.js: dies on CRASH, throws outside any handler on THROW, answers otherwise.
  const script = join(dir, 'fake-worker.js');
  writeFileSync(script, `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ index, job }) => {
      if (job.text === 'CRASH') process.exit(7);
      if (job.text === 'THROW') setImmediate(() => { throw new RangeError('Maximum call stack size exceeded'); });
      else parentPort.postMessage({ index, outcome: { result: { filePath: job.filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 } } });
    });`);
  const texts = ['ok', 'CRASH', 'ok', 'THROW', 'ok', 'ok'];
  const outcomes = await lintInWorkers(texts.map((text, i) => job(`post-${i}.md`, text)), 2, undefined, script);
  assert.deepEqual(outcomes.map((o) => [o.result.filePath, o.result.errorCount, o.result.fatal ?? 'ok']), [
    ['post-0.md', 0, 'ok'],
    ['post-1.md', 1, 'could not be linted: internal error (the lint worker stopped with exit code 7); please report it'],
    ['post-2.md', 0, 'ok'],
    ['post-3.md', 1, 'could not be linted: internal error (RangeError: Maximum call stack size exceeded); please report it'],
    ['post-4.md', 0, 'ok'],
    ['post-5.md', 0, 'ok'],
  ]);
});

test('a config path that is a folder, or a prototype key in a config file, stops the run with exit 2 and one line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'guidelint-config-dir-'));
  const asFolder = spawnSync('node', [cli, '--config', folder, files[3]], { encoding: 'utf8' });
  assert.deepEqual([asFolder.status, asFolder.stdout, asFolder.stderr], [2, '', `guidelint: ${folder}: is a folder, not a file\n`]);
  writeFileSync(join(folder, '.guidelint.yml'), 'platform: constructor\n');
  writeFileSync(join(folder, 'post.txt'), 'Hello.\n');
  const proto = spawnSync('node', [cli, join(folder, 'post.txt')], { encoding: 'utf8' });
  assert.equal(proto.status, 2);
  assert.match(proto.stderr, /^guidelint: .*\.guidelint\.yml:1: platform: unknown platform `constructor` \(known: tweet, /);
  assert.equal(spawnSync('node', [cli, '--platform', 'constructor', files[3]], { encoding: 'utf8' }).status, 2);
});
