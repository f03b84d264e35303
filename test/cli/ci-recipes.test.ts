/**
 * The README's "Use in CI" recipes, run as written: the GitHub Actions workflow's guidelint
 * steps, the pre-commit hook this repository ships with the README's arguments, and the
 * lint-staged entry, each on a small content repository.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import picomatch from 'picomatch';
import { parse } from 'yaml';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The code block after `<!-- recipe: NAME -->`. */
function recipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  assert.ok(match, `README has no recipe ${name}`);
  return match[1];
}

/** A content repository with one post that has a warning and one that has none, and `guidelint` on its PATH as `npm ci` would put it. */
function contentRepository() {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-recipes-'));
  mkdirSync(join(dir, 'posts'));
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  writeFileSync(join(dir, 'posts/warned.md'), 'Write to me: jane@example.org\n');
  writeFileSync(join(dir, 'posts/clean.txt'), 'A quiet post about a quiet day.\n');
  const bin = join(dir, 'node_modules/.bin/guidelint');
  writeFileSync(bin, `#!/bin/sh\nexec node ${JSON.stringify(join(root, 'server/out/cli.js'))} "$@"\n`);
  chmodSync(bin, 0o755);
  const sh = (command: string) => {
    // `npx guidelint` runs the dev dependency's bin: the same file, without npx's registry look-up.
    const result = spawnSync('sh', ['-c', command.replace(/\bnpx guidelint\b/g, 'guidelint')], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { dir, sh };
}

test('GitHub Actions recipe: the SARIF step writes a SARIF log and the annotations step fails on the warning', () => {
  const workflow = parse(recipe('github-actions'));
  const runs: string[] = workflow.jobs.guidelint.steps.map((s: { run?: string }) => s.run).filter((r: string | undefined) => r?.includes('guidelint'));
  assert.equal(runs.length, 2);
  const { dir, sh } = contentRepository();
  const [sarifStep, annotationStep] = runs.map(sh);
  assert.equal(sarifStep.code, 0);
  const log = JSON.parse(readFileSync(join(dir, 'guidelint.sarif'), 'utf8'));
  assert.deepEqual(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['email-address']);
  const upload = workflow.jobs.guidelint.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  assert.equal(upload.with.sarif_file, 'guidelint.sarif');
  assert.equal(annotationStep.code, 1);
  assert.match(annotationStep.stdout, /^::warning file=posts\/warned\.md,line=1,col=14,endColumn=30,title=email-address \(privacy\)::/);
  assert.match(annotationStep.stderr, /too many warnings \(1; --max-warnings is 0\)/);
});

test('pre-commit recipe: the shipped hook, with the README\'s arguments, checks the staged posts and fails on the warning', () => {
  const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
  const config = parse(recipe('pre-commit'));
  const { id, args } = config.repos[0].hooks[0];
  assert.equal(id, hook.id);
  const staged = ['posts/warned.md', 'posts/clean.txt', 'images/photo.png'].filter((f) => new RegExp(hook.files).test(f));
  assert.deepEqual(staged, ['posts/warned.md', 'posts/clean.txt']);
  const { sh } = contentRepository();
  const command = [hook.entry, ...args, ...staged].map((a) => `'${a}'`).join(' ');
  assert.equal(sh(command).code, 1);
  assert.equal(sh([hook.entry, ...args, 'posts/clean.txt'].join(' ')).code, 0);
});

test('lint-staged recipe: its glob takes the posts and its command fails on the warning', () => {
  const entries = Object.entries(JSON.parse(recipe('lint-staged'))['lint-staged'] as Record<string, string>);
  assert.equal(entries.length, 1);
  const [[glob, command]] = entries;
  const matches = picomatch(glob, { basename: true });
  assert.deepEqual(['posts/warned.md', 'posts/clean.txt', 'README.mdx', 'logo.svg'].filter((f) => matches(f)), ['posts/warned.md', 'posts/clean.txt', 'README.mdx']);
  const { sh } = contentRepository();
  assert.equal(sh(`${command} posts/warned.md posts/clean.txt`).code, 1);
  assert.equal(sh(`${command} posts/clean.txt`).code, 0);
});
