/**
 * Runs the end-to-end test in code-server (test/clients/e2e/run-e2e.ts): it packages the
 * .vsix, installs it and walks a newcomer's flow in the real UI with headless chromium.
 * Skipped, saying why, where the test tooling or chromium is absent; .ci/run installs them.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runNodeScript } from './run-child';
import { missingTooling, projectRoot } from './tooling';

const root = projectRoot();
const missing = missingTooling(root);

test('in code-server, the packaged extension shows squiggles, fixes with Ctrl+. and shows the relevant guidelines', { skip: missing && `skipped: ${missing}`, timeout: 300_000 }, async () => {
  const started = Date.now();
  const { code, output } = await runNodeScript(join(__dirname, 'e2e', 'run-e2e.js'), root);
  assert.equal(code, 0, `run-e2e failed (screenshots in test-artifacts/e2e/):\n${output.slice(-4000)}`);
  assert.match(output, /run-e2e: passed/);
  console.log(`end-to-end test in code-server: passed in ${Math.round((Date.now() - started) / 1000)} s`);
});
