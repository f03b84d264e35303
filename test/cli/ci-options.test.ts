/** The CLI's options for CI: --max-warnings, .guidelintignore and --ignore-pattern, --no-config, --cache. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(process.cwd(), 'server/out/cli.js');

/** A content repository: two posts with one warning each, one in drafts/. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-ci-options-'));
  mkdirSync(join(dir, 'posts'));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'posts/a.md'), 'Mail jane@example.org today.\n');
  writeFileSync(join(dir, 'drafts/b.md'), 'Mail paul@example.org today.\n');
  return dir;
}

function run(dir: string, args: string[]) {
  const result = spawnSync('node', [cli, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  const files = result.stdout ? (JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[]) : [];
  return { code: result.status, files: files.map((f) => f.filePath), results: files, stderr: result.stderr };
}

test('--max-warnings: more warnings than N is exit 1 with a message; N or fewer is exit 0', () => {
  const dir = repository();
  assert.equal(run(dir, ['.', '--max-warnings', '2']).code, 0);
  const over = run(dir, ['.', '--max-warnings', '1']);
  assert.equal(over.code, 1);
  assert.equal(over.stderr, 'guidelint: too many warnings (2; --max-warnings is 1)\n');
  assert.equal(run(dir, ['.', '--max-warnings', 'few']).code, 2);
});

test('.guidelintignore in the current folder skips files, in folders, globs and named files alike; --no-ignore lints them', () => {
  const dir = repository();
  writeFileSync(join(dir, '.guidelintignore'), '# drafts are not published\ndrafts/\n');
  assert.deepEqual(run(dir, ['.']).files, ['./posts/a.md']);
  assert.deepEqual(run(dir, ['**/*.md']).files, ['posts/a.md']);
  const named = run(dir, ['drafts/b.md', 'posts/a.md']);
  assert.deepEqual([named.code, named.files], [0, ['posts/a.md']]);
  assert.deepEqual(run(dir, ['.', '--no-ignore']).files, ['./drafts/b.md', './posts/a.md']);
});

test('--ignore-pattern adds gitignore patterns, with negation', () => {
  const dir = repository();
  writeFileSync(join(dir, 'posts/c.md'), 'A quiet day.\n');
  assert.deepEqual(run(dir, ['.', '--ignore-pattern', 'posts/*', '--ignore-pattern', '!posts/c.md']).files, ['./drafts/b.md', './posts/c.md']);
});

test('a run whose every file is ignored lints nothing and passes', () => {
  const dir = repository();
  const result = spawnSync('node', [cli, 'drafts/b.md', '--ignore-pattern', 'drafts'], { cwd: dir, encoding: 'utf8' });
  assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '']);
});

test('--no-config lints with the defaults, whatever .guidelint.yml says; with --config it is a usage error', () => {
  const dir = repository();
  writeFileSync(join(dir, '.guidelint.yml'), 'rules:\n  privacy: off\n');
  assert.deepEqual(run(dir, ['posts/a.md']).results[0].messages, []);
  assert.deepEqual(run(dir, ['posts/a.md', '--no-config']).results[0].messages.map((m) => m.ruleId), ['email-address']);
  assert.equal(run(dir, ['posts/a.md', '--no-config', '--config', '.guidelint.yml']).code, 2);
});

test('--cache reuses the result of an unchanged file, and lints again when the file, the config or the flags change', () => {
  const dir = repository();
  const cacheFile = join(dir, '.guidelintcache');
  const first = run(dir, ['posts/a.md', '--cache']);
  assert.deepEqual(first.results[0].messages.map((m) => m.ruleId), ['email-address']);
  // A result taken from the cache is the cache's: marking it shows which runs read it.
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  const [entry] = Object.values(cache.entries) as { result: { messages: { message: string }[] } }[];
  entry.result.messages[0].message = 'from the cache';
  writeFileSync(cacheFile, JSON.stringify(cache));
  const messageOf = (args: string[]) => run(dir, ['posts/a.md', '--cache', ...args]).results[0].messages.map((m) => m.message)[0];
  assert.equal(messageOf([]), 'from the cache');
  assert.notEqual(messageOf(['--rule', 'long-sentence=error']), 'from the cache');
  writeFileSync(cacheFile, JSON.stringify(cache));
  writeFileSync(join(dir, '.guidelint.yml'), 'platform: tweet\n');
  assert.notEqual(messageOf([]), 'from the cache');
  writeFileSync(cacheFile, JSON.stringify(cache));
  writeFileSync(join(dir, 'posts/a.md'), 'Mail jane@example.org tomorrow.\n');
  assert.notEqual(messageOf([]), 'from the cache');
});

test('--cache-location names the cache file; a corrupt cache is ignored, never an error', () => {
  const dir = repository();
  writeFileSync(join(dir, 'my-cache'), '{ not json');
  const result = run(dir, ['posts/a.md', '--cache', '--cache-location', 'my-cache']);
  assert.deepEqual([result.code, result.results[0].messages.length, result.stderr], [0, 1, '']);
  assert.equal(JSON.parse(readFileSync(join(dir, 'my-cache'), 'utf8')).version, 1);
});

test('a file that is skipped (binary) counts once, as one error, with --fix too', () => {
  const dir = repository();
  writeFileSync(join(dir, 'posts/binary.md'), 'a\u0000\u00ff b');
  for (const args of [[], ['--fix']]) {
    const [result] = run(dir, ['posts/binary.md', ...args]).results as unknown as { errorCount: number; warningCount: number; messages: unknown[] }[];
    assert.deepEqual([result.errorCount, result.warningCount, result.messages.length], [1, 0, 0]);
  }
  const stylish = spawnSync('node', [cli, 'posts/binary.md'], { cwd: dir, encoding: 'utf8' });
  assert.match(stylish.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
});
