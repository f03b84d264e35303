/** The `guidelint` command as a user runs it: output formats, exit codes, stdin and errors. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(process.cwd(), 'server/out/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'guidelint-cli-'));
const post = join(dir, 'post.md');
writeFileSync(post, '# Hi\n\nWrite to me: jane@example.org\n\n`ok@example.org` in code.\n');
const clean = join(dir, 'clean.txt');
writeFileSync(clean, 'A quiet post about a quiet day.\n');

function run(args: string[], input?: string) {
  const result = spawnSync('node', [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('stylish output names file, line:column, severity, message, rule and guideline; exit 0 on warnings only', () => {
  const { code, stdout } = run([post]);
  assert.equal(code, 0);
  assert.match(stdout, new RegExp(`^${post}\\n  3:14  warning  Remove the e-mail address \`jane@example.org\`.*  email-address \\(privacy\\)$`, 'm'));
  assert.match(stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
});

test('JSON output follows the documented contract (1-based, UTF-16 columns, end exclusive)', () => {
  const { code, stdout } = run(['--format', 'json', post, clean]);
  assert.equal(code, 0);
  const results = JSON.parse(stdout);
  assert.deepEqual(results.map((r: { filePath: string }) => r.filePath), [post, clean]);
  assert.deepEqual(results[0].messages[0], {
    ruleId: 'email-address', guideline: 'privacy', severity: 1,
    message: 'Remove the e-mail address `jane@example.org`: it is personal data. Point to a contact form or a public page instead.',
    line: 3, column: 14, endLine: 3, endColumn: 30,
    fixes: [{ title: 'Redact', edits: [{ start: 19, end: 35, text: '[redacted]' }] }],
  });
  assert.deepEqual([results[0].errorCount, results[0].warningCount, results[1].messages.length], [0, 1, 0]);
});

test('--rule raises a rule to error: exit 1; --quiet keeps errors only', () => {
  assert.equal(run(['--rule', 'privacy=error', post]).code, 1);
  const quiet = run(['--quiet', '--format', 'json', post]);
  assert.deepEqual(JSON.parse(quiet.stdout)[0].messages, []);
});

test('standard input with --stdin-filename takes its format from the name', () => {
  const { stdout } = run(['--format', 'json', '--stdin-filename', 'note.md', '-'], '`a@example.org` b@example.org\n');
  const [result] = JSON.parse(stdout);
  assert.equal(result.filePath, 'note.md');
  assert.deepEqual(result.messages.map((m: { column: number }) => m.column), [17]);
});

test('usage and configuration errors exit 2 with a one-line reason on stderr', () => {
  for (const [args, reason] of [
    [[], /^guidelint: no files given/],
    [['--format', 'xml', post], /^guidelint: --format must be stylish or json/],
    [['--rule', 'nope=off', post], /^guidelint: `rules`: unknown rule or guideline id `nope`/],
    [['--rule', 'privacy', post], /^guidelint: --rule expects ID=off\|info\|warn\|error/],
    [['--platform', 'myspace', post], /^guidelint: unknown platform `myspace`/],
    [[join(dir, 'missing-*.md')], /^guidelint: no files match/],
  ] as const) {
    const { code, stderr } = run([...args]);
    assert.equal(code, 2, `${args.join(' ')}`);
    assert.match(stderr, reason);
    assert.equal(stderr.trim().split('\n').length, 1);
  }
});

test('an invalid .guidelint.yml is a configuration error naming the file', () => {
  const config = join(dir, 'bad.yml');
  writeFileSync(config, 'rules:\n  privacy: loud\n');
  const { code, stderr } = run(['--config', config, post]);
  assert.equal(code, 2);
  assert.match(stderr, /bad\.yml:2: rules\.privacy: severity must be off, info, warn or error, not `loud`/);
});

test('a binary file is skipped with a clear message and counts as an error', () => {
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const { code, stdout } = run([binary]);
  assert.equal(code, 1);
  assert.match(stdout, /skipped: file looks binary/);
});

test('a folder lints its Markdown and text files in name order', () => {
  const { stdout } = run(['--format', 'json', dir]);
  const names = JSON.parse(stdout).map((r: { filePath: string }) => r.filePath.split('/').pop());
  assert.deepEqual(names.filter((n: string) => n !== 'image.txt'), ['clean.txt', 'post.md']);
});

test('--fix applies safe fixes only and leaves the rest of the file byte for byte', () => {
  const file = join(dir, 'fix.md');
  const text = '# Title\r\n\r\nMail: a@example.org 😀\r\n';
  writeFileSync(file, text);
  run(['--fix', file]);
  // email-address offers a suggestion, not a safe fix: nothing changes.
  assert.equal(readFileSync(file, 'utf8'), text);
});
