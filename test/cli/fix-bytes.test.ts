/**
 * `--fix` byte for byte (issue 12, item 2): files that are not UTF-8 are left alone with one
 * message, a BOM and the line endings stay, the write is atomic; a property test over the
 * corpus and generated texts shows that bytes outside the fixes never change and that
 * repeated `--fix` reaches a fixed point.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineEndingOf, withLineEnding } from '../../server/src/cli/fix-file';
import { lintFile, runConfig, type FileJob } from '../../server/src/cli/lint-file';
import { DocumentLinter } from '../../server/src/engine/index';
import { nonOverlappingEdits, safeFixRuleIds } from '../../server/src/engine/fixes';
import { mergeSettings } from '../../server/src/config/config-file';
import type { EffectiveConfig } from '../../server/src/config/resolve';

const cli = join(process.cwd(), 'server/out/cli.js');

function run(args: string[]) {
  const result = spawnSync('node', [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with the Acme pack, its `personal-view` disclaimer made a safe fix, so that `--fix` appends a paragraph. */
function acmeWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'guidelint-fix-bytes-'));
  const pack = readFileSync('examples/packs/acme-engineering.pack.yml', 'utf8').replace(/(id: personal-view[\s\S]*?)fix: suggestion/, '$1fix: safe');
  assert.match(pack, /id: personal-view[^]*?fix: safe\n    kind: required/);
  writeFileSync(join(workspace, 'acme.pack.yml'), pack);
  writeFileSync(join(workspace, '.guidelint.yml'), 'packs: [./acme.pack.yml]\n');
  return workspace;
}

const plain = mkdtempSync(join(tmpdir(), 'guidelint-fix-bytes-'));
const acme = acmeWorkspace();

test('--fix leaves a Latin-1 file as it is, byte for byte, and says why in one line; without --fix it is linted', () => {
  const file = join(plain, 'latin1.txt');
  const bytes = Buffer.from('Caf\xe9 ouvert, enfin!!!\nR\xe9sum\xe9 : tout va bien!!!\n', 'latin1');
  writeFileSync(file, bytes);
  const fixed = run(['--fix', file]);
  assert.deepEqual(readFileSync(file), bytes);
  assert.equal(fixed.code, 1);
  const notFixed = fixed.stdout.split('\n').filter((line) => line.includes('not fixed'));
  assert.deepEqual(notFixed, ['  error  not fixed: the file is not valid UTF-8 (Latin-1 or CESU-8, say), and rewriting it would replace the characters Guidelint cannot read; convert it to UTF-8 first']);
  const [result] = JSON.parse(run(['--fix', '--format', 'json', file]).stdout);
  assert.match(result.fixRefused, /^not fixed: the file is not valid UTF-8/);
  assert.deepEqual(readFileSync(file), bytes);
  const linted = JSON.parse(run(['--format', 'json', file]).stdout)[0];
  assert.equal(linted.fixRefused, undefined);
  assert.ok(linted.messages.some((m: { ruleId: string }) => m.ruleId === 'exclamation-run'));
});

test('--fix leaves a CESU-8 file (an emoji as two encoded surrogates) as it is', () => {
  const file = join(plain, 'cesu8.md');
  // U+1F600 in CESU-8: the surrogates D83D and DE00, each encoded on three bytes.
  const bytes = Buffer.concat([Buffer.from('# Launch!!!\n\nWe did it '), Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]), Buffer.from('!!!\n')]);
  writeFileSync(file, bytes);
  assert.equal(run(['--fix', file]).code, 1);
  assert.deepEqual(readFileSync(file), bytes);
});

test('--fix keeps a byte order mark and CRLF line endings, in the fixes it inserts too', () => {
  const file = join(acme, 'post.md');
  const text = '\uFEFF# Roadmap\r\n\r\nAcme\'s strategy of selling hardware only is a mistake.\r\n\r\nMore soon.\r\n';
  writeFileSync(file, text);
  run(['--fix', file]);
  const after = readFileSync(file);
  assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(after.toString('utf8'), '\uFEFF# Roadmap\r\n\r\nAcme\'s strategy of selling hardware only is a mistake.\r\n\r\nMore soon.\r\n\r\nThe views here are my own, not those of Acme Robotics.\r\n');
});

test('--fix writes through a symbolic link, keeps the file\'s permissions and leaves no temporary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-fix-atomic-'));
  const file = join(dir, 'post.txt');
  writeFileSync(file, 'Great news!!!\n');
  chmodSync(file, 0o640);
  symlinkSync(file, join(dir, 'link.txt'));
  run(['--fix', join(dir, 'link.txt')]);
  assert.equal(readFileSync(file, 'utf8'), 'Great news!\n');
  assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink());
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir).sort(), ['link.txt', 'post.txt']);
});

// The property: what --fix does to a file's bytes, through the functions the CLI runs.

const job = (filePath: string, text: string, fix: boolean): FileJob => ({ filePath, formatName: filePath, text, configFile: undefined, flags: {}, language: undefined, quiet: false, fix });

/** One `--fix` run on `bytes`: the bytes it writes (the same when it writes nothing) and the edits it applied. */
function fixOnce(bytes: Buffer, name: string, config: EffectiveConfig): { bytes: Buffer; edits: { start: number; end: number; text: string }[] } {
  const text = bytes.toString('utf8');
  const { fixedText } = lintFile(job(name, text, true), config);
  // A file it does not write keeps every byte.
  if (fixedText === undefined) return { bytes, edits: [] };
  // The edits it applied, worked out apart: the safe fixes of a plain lint, without overlaps.
  const linter = new DocumentLinter({ pack: config.pack, format: name.endsWith('.md') ? 'markdown' : 'text', language: config.language, settings: mergeSettings(config.settings, {}) });
  const safeRules = safeFixRuleIds(config.pack.rules);
  const safe = linter.check(text).findings.filter((f) => f.fixes.length > 0 && safeRules.has(f.ruleId));
  const edits = nonOverlappingEdits(withLineEnding(safe, lineEndingOf(text)));
  return { bytes: Buffer.from(fixedText, 'utf8'), edits };
}

/**
 * Checks that `after` is `before` with `edits` (UTF-16 offsets) applied and nothing else: each
 * stretch of bytes between two edits is found unchanged at its place, each edit's text between.
 */
function assertOnlyEditsChanged(before: Buffer, after: Buffer, edits: readonly { start: number; end: number; text: string }[], label: string): void {
  const text = before.toString('utf8');
  const byteAt = (offset: number): number => Buffer.byteLength(text.slice(0, offset), 'utf8');
  let from = 0;
  let out = 0;
  for (const edit of [...edits, { start: text.length, end: text.length, text: '' }]) {
    const kept = before.subarray(byteAt(from), byteAt(edit.start));
    assert.ok(after.subarray(out, out + kept.length).equals(kept), `${label}: bytes ${byteAt(from)}–${byteAt(edit.start)} changed`);
    out += kept.length;
    const inserted = Buffer.from(edit.text, 'utf8');
    assert.ok(after.subarray(out, out + inserted.length).equals(inserted), `${label}: the edit at ${edit.start} is not what was written`);
    out += inserted.length;
    from = edit.end;
  }
  assert.equal(out, after.length, `${label}: bytes after the end`);
}

/** Runs --fix on `bytes` until it changes nothing; fails if that takes more than `rounds` runs. */
function assertFixedPoint(bytes: Buffer, name: string, config: EffectiveConfig, label: string, rounds = 4): number {
  let current = bytes;
  for (let round = 1; round <= rounds; round++) {
    const { bytes: next, edits } = fixOnce(current, name, config);
    assertOnlyEditsChanged(current, next, edits, `${label}, run ${round}`);
    if (next.equals(current)) return round - 1;
    current = next;
  }
  assert.fail(`${label}: --fix still changes the file after ${rounds} runs`);
}

const defaultConfig = runConfig(undefined);
const acmeConfig = runConfig(join(acme, '.guidelint.yml'));

test('on corpus posts, --fix changes only the bytes of its fixes and a second run changes nothing', () => {
  let posts = 0;
  for (const language of ['en', 'fr']) {
    const dir = join(process.cwd(), '../shared/corpus', language);
    // Every sixth post (about 30): all of them take a minute and a half on a loaded machine.
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort().filter((_, i) => i % 6 === 0)) {
      // Shouting, CRLF and a BOM added, so that there is something to fix.
      const text = `\uFEFF${readFileSync(join(dir, name), 'utf8').replace(/\.\n/, '!!!\n').replace(/\n/g, '\r\n')}`;
      assert.ok(assertFixedPoint(Buffer.from(text, 'utf8'), name, defaultConfig, name) <= 1);
      posts++;
    }
  }
  assert.ok(posts > 25);
});

/** Pieces of posts: what fixes touch (runs of `!`, the Acme disclaimer's topic, buzzwords), and what they must not. */
const fixable = fc.constantFrom(' Wow!!! ', 'Great!!', ' so ?!! ', '!!!', 'Acme\'s strategy is wrong. ', 'management decided ', ' we leverage ', ' synergies ', ' best in class ');
const piece = fc.oneof(
  { arbitrary: fixable, weight: 2 },
  { arbitrary: fc.constantFrom('Wow', ' ', '!', '\n', '\r\n', '\n\n', '\r\n\r\n', 'é', 'e\u0301', '😀', '\u00a0', '\t', '\u2028', '\u0000',
    '# ', '> ', '- ', '```', '```\n', '~~~', '`', '*', '_', '[a](https://example.org/!!!)', '<!-- !!! -->', '---\n', 'http://x.org/!!!',
    'CERN', 'jane@example.org', '#Rust2019', ':/b.c', 'unknown.*'), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);
const post = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 40 })).map(([bom, pieces]) => `${bom ? '\uFEFF' : ''}${pieces.join('')}`);

test('on generated posts (Markdown and text, default and Acme packs), --fix changes only its fixes\' bytes and reaches a fixed point', () => {
  let fixed = 0;
  fc.assert(fc.property(post, fc.constantFrom('post.md', 'post.txt'), fc.boolean(), (text, name, useAcme) => {
    // Lone surrogates cannot be written as UTF-8: a file never holds them.
    const bytes = Buffer.from(text, 'utf8');
    if (assertFixedPoint(bytes, name, useAcme ? acmeConfig : defaultConfig, JSON.stringify(text)) > 0) fixed++;
  }), { numRuns: 300, seed: 12 });
  // The property is about fixes: a good share of the posts must have had some.
  assert.ok(fixed > 100, `${fixed} of 300 posts fixed`);
});
