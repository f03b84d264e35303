/**
 * Neovim (Debian `neovim`, 0.7) headless as a real LSP client of guidelint-ls over stdio:
 * on a copy of a sample post it gets diagnostics, applies the "Redact" quick fix and saves;
 * the test checks the file on disk. Skipped, with the reason, where nvim is not installed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = process.cwd();
const hasNvim = !spawnSync('nvim', ['--version'], { stdio: 'ignore' }).error;

test('Neovim gets diagnostics over stdio, applies a quick fix, and the saved file is redacted',
  { skip: hasNvim ? false : 'nvim is not installed (apt-get install neovim); .ci/run installs it', timeout: 90_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guidelint-nvim-'));
    try {
      const file = join(dir, 'blog-post.md');
      copyFileSync(join(root, 'examples/blog-post.md'), file);
      const original = readFileSync(file, 'utf8');
      const { code, stdout, stderr } = await runNvim(file);
      assert.equal(code, 0, `nvim failed:\n${stdout}\n${stderr}`);
      assert.match(stdout, /^guidelines: .*\bprivacy\b/m);
      // Only the address in the prose is redacted; the one in the front matter is not prose.
      const expected = original.replace('write to me at sam.okafor@example.org', 'write to me at [redacted]');
      assert.notEqual(expected, original);
      assert.equal(readFileSync(file, 'utf8'), expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

function runNvim(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = resolve(root, 'test/clients/neovim/apply-fix.lua');
  const env = { ...process.env, GUIDELINT_SERVER: resolve(root, 'server/out/server.js'), GUIDELINT_FILE: file };
  return new Promise((done) => {
    const child = execFile('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], { env, cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
    child.stdin?.end();
  });
}
