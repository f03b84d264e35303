/**
 * Neovim (Debian `neovim`, 0.7) headless as a real LSP client of guidelint-ls over stdio:
 * on a copy of a post it gets diagnostics, applies one quick fix and saves; the tests check
 * the diagnostics Neovim received and the file on disk. One English post (the "Redact" fix)
 * and one French post (issue 9: French messages, a French replacement, accents and no-break
 * spaces kept byte for byte). Skipped, with the reason, where nvim is not installed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { rangeOf } from '../lsp/lsp-client';

const root = process.cwd();
const hasNvim = !spawnSync('nvim', ['--version'], { stdio: 'ignore' }).error;
const options = { skip: hasNvim ? false : 'nvim is not installed (apt-get install neovim); .ci/run installs it', timeout: 90_000 };

test('Neovim gets diagnostics over stdio, applies a quick fix, and the saved file is redacted', options, async () => {
  await withCopy('examples/blog-post.md', async (file, original) => {
    const { stdout } = await runNvim(file, { rule: 'email-address', action: 'Redact' });
    assert.match(stdout, /^guidelines: .*\bprivacy\b/m);
    // Only the address in the prose is redacted; the one in the front matter is not prose.
    const expected = original.replace('write to me at sam.okafor@example.org', 'write to me at [redacted]');
    assert.notEqual(expected, original);
    assert.equal(readFileSync(file, 'utf8'), expected);
  });
});

test('Neovim gets French diagnostics for a French post and applies a French replacement byte for byte', options, async () => {
  await withCopy('test/fixtures/posts/portes-ouvertes.fr.md', async (file, original) => {
    const { stdout } = await runNvim(file, { rule: 'non-inclusive-term', action: 'Remplacer par `tout le monde`' });
    // Other French rules may come to flag this post too: check that these three are among them, exactly.
    const expectDiagnostic = (code: string, message: string, snippet: string) => assertReceived(stdout, original, { code, message, snippet });
    expectDiagnostic('non-inclusive-term', 'Écrivez `tout le monde` plutôt que `les gars` pour vous adresser à un groupe mixte.', 'les gars');
    expectDiagnostic('profanity', 'Retirez `bordel`\u00a0: la grossièreté enfreint le code de conduite, et la publication reste en ligne.', 'bordel');
    expectDiagnostic('personal-attack', 'Retirez `guignols`\u00a0: c\'est une attaque personnelle, interdite par le code de conduite. Critiquez le travail, pas les personnes.', 'guignols');
    assert.match(stdout, /^guidelines: .*\bconduct\b/m);
    // The fixture's own typography, so that the byte comparison below means something.
    assert.match(original, /les gars\u202f!/);
    assert.match(original, /«\u00a0café des bénévoles\u00a0»/);
    const expected = original.replace('Hé, salut les gars\u202f!', 'Hé, salut tout le monde\u202f!');
    assert.notEqual(expected, original);
    assertSavedAs(file, expected);
  });
});

test('Neovim gets French diagnostics for a French post without front matter, detected as French, and applies the French fix', options, async () => {
  await withCopy('test/fixtures/posts/collecte-vetements.fr.txt', async (file, original) => {
    const { stdout } = await runNvim(file, { rule: 'non-inclusive-term', action: 'Remplacer par `tout le monde`' });
    assertReceived(stdout, original, {
      code: 'non-inclusive-term',
      message: 'Écrivez `tout le monde` plutôt que `les gars` pour vous adresser à un groupe mixte.',
      snippet: 'les gars',
    });
    assert.match(original, /^Bonjour les gars, /);
    assert.match(original, /participé\u202f!/);
    const expected = original.replace(/^Bonjour les gars, /, 'Bonjour tout le monde, ');
    assertSavedAs(file, expected);
  });
});

interface Printed {
  code: string;
  source: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The diagnostics apply-fix.lua printed: one `diagnostic: JSON` line each, ranges in LSP UTF-16 positions. */
function diagnosticsOf(stdout: string): Printed[] {
  const lines = stdout.split('\n').filter((line) => line.startsWith('diagnostic: '));
  return lines.map((line) => JSON.parse(line.slice('diagnostic: '.length)) as Printed);
}

/** Asserts that Neovim received exactly this diagnostic on the first `snippet` of `original`. */
function assertReceived(stdout: string, original: string, want: { code: string; message: string; snippet: string }): void {
  const range = rangeOf(original, want.snippet);
  const found = diagnosticsOf(stdout).find((d) => d.code === want.code && d.range.start.line === range.start.line && d.range.start.character === range.start.character);
  assert.deepEqual(found, { code: want.code, source: 'guidelint', message: want.message, range }, `${want.code} on \`${want.snippet}\` among:\n${stdout}`);
}

/** Asserts that `file` holds `expected` in UTF-8, byte for byte; compares the text first, for a readable diff. */
function assertSavedAs(file: string, expected: string): void {
  assert.equal(readFileSync(file, 'utf8'), expected);
  assert.deepEqual(readFileSync(file), Buffer.from(expected, 'utf8'));
}

/** Runs `body` on a copy of `source` in a throwaway folder. */
async function withCopy(source: string, body: (file: string, original: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-nvim-'));
  try {
    const file = join(dir, source.split('/').pop()!);
    copyFileSync(join(root, source), file);
    await body(file, readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs apply-fix.lua on `file`: the action titled `action` on the first diagnostic of `rule`. Fails the test if nvim fails. */
async function runNvim(file: string, pick: { rule: string; action: string }): Promise<{ stdout: string; stderr: string }> {
  const script = resolve(root, 'test/clients/neovim/apply-fix.lua');
  const env = {
    ...process.env,
    GUIDELINT_SERVER: resolve(root, 'server/out/server.js'),
    GUIDELINT_FILE: file,
    GUIDELINT_RULE: pick.rule,
    GUIDELINT_ACTION: pick.action,
  };
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], { env, cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
    child.stdin?.end();
  });
  assert.equal(code, 0, `nvim failed:\n${stdout}\n${stderr}`);
  return { stdout, stderr };
}
