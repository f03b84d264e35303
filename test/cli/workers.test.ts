/**
 * The CLI on worker threads gives the same output as on the main thread (issue 5, item 3).
 * `GUIDELINT_WORKERS=N` forces N workers even for a small run; `GUIDELINT_WORKERS=0` turns them off.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(process.cwd(), 'server/out/cli.js');
const corpus = join(process.cwd(), '../shared/corpus/en');

/** The 40 shortest corpus posts (short so the test stays quick), or generated posts where the corpus is absent. */
function makePosts(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-workers-'));
  let names: string[] = [];
  try {
    names = readdirSync(corpus).filter((n) => n.endsWith('.md'));
  } catch {
    // No shared corpus on this machine: fall back to generated posts below.
  }
  if (names.length >= 40) {
    const shortest = names.sort((a, b) => statSync(join(corpus, a)).size - statSync(join(corpus, b)).size || a.localeCompare(b)).slice(0, 40);
    for (const name of shortest) copyFileSync(join(corpus, name), join(dir, name));
    return { dir, files: shortest.map((n) => join(dir, n)) };
  }
  const files = Array.from({ length: 40 }, (_, i) => join(dir, `post-${String(i).padStart(2, '0')}.md`));
  files.forEach((file, i) => writeFileSync(file, `# Post ${i}\n\nGuys, mail me at person${i}@example.org or call +41 22 767 12 ${String(i).padStart(2, '0')}.\n\n${'A quiet day at the lab. '.repeat(i * 10)}\n`));
  return { dir, files };
}

function run(args: string[], workers: string) {
  const result = spawnSync('node', [cli, ...args], { encoding: 'utf8', env: { ...process.env, GUIDELINT_WORKERS: workers } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const { dir, files } = makePosts();

test('JSON output and exit code on 40 posts are byte-identical with 2 workers and with none', () => {
  const onMain = run(['--format', 'json', dir], '0');
  const onWorkers = run(['--format', 'json', dir], '2');
  assert.equal(onWorkers.stderr, '');
  assert.equal(JSON.parse(onMain.stdout).length, 40);
  assert.equal(onWorkers.stdout, onMain.stdout);
  assert.equal(onWorkers.code, onMain.code);
});

test('workers keep the order of the arguments, not the order in which files finish', () => {
  const args = ['--rule', 'link-dont-copy=error', '--format', 'json', ...[...files].reverse()];
  const onMain = run(args, '0');
  const onWorkers = run(args, '3');
  assert.deepEqual(JSON.parse(onWorkers.stdout).map((r: { filePath: string }) => r.filePath), [...files].reverse());
  assert.equal(onWorkers.stdout, onMain.stdout);
  assert.equal(onWorkers.code, onMain.code);
});

test('stylish output and --fix write the same on workers as on the main thread', () => {
  const copies = [mkdtempSync(join(tmpdir(), 'guidelint-fix-')), mkdtempSync(join(tmpdir(), 'guidelint-fix-'))];
  for (const copy of copies) for (const file of files.slice(0, 10)) copyFileSync(file, join(copy, file.split('/').pop() as string));
  const onMain = run(['--fix', copies[0]], '0');
  const onWorkers = run(['--fix', copies[1]], '2');
  assert.equal(onWorkers.stdout.replaceAll(copies[1], 'DIR'), onMain.stdout.replaceAll(copies[0], 'DIR'));
  assert.equal(onWorkers.code, onMain.code);
  for (const name of readdirSync(copies[0])) {
    assert.equal(readFileSync(join(copies[1], name), 'utf8'), readFileSync(join(copies[0], name), 'utf8'), name);
  }
});

test('an invalid GUIDELINT_WORKERS is a usage error', () => {
  const { code, stderr } = run([files[0]], 'many');
  assert.equal(code, 2);
  assert.match(stderr, /^guidelint: GUIDELINT_WORKERS must be a whole number/);
});
