/**
 * Runs the VS Code integration suite (test/clients/vscode/suite) in the VS Code server of the
 * test-tooling cache with headless chromium, as `npm run test:vscode` does. Skipped, saying
 * why, where that tooling is absent; .ci/run installs it.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runNodeScript } from './run-child';
import { missingTooling, projectRoot } from './tooling';

const root = projectRoot();
const missing = missingTooling(root);

test('the VS Code integration suite passes in a real extension host', { skip: missing && `skipped: ${missing}`, timeout: 300_000 }, async () => {
  const started = Date.now();
  const { code, output } = await runNodeScript(join(__dirname, 'vscode', 'run-vscode.js'), root, { GUIDELINT_VSCODE_RUNNER: 'server' });
  assert.equal(code, 0, `run-vscode failed:\n${output.slice(-4000)}`);
  assert.match(output, /\d+ passing/);
  assert.doesNotMatch(output, /\d+ failing/);
  console.log(`VS Code integration suite: ${/(\d+) passing/.exec(output)?.[1]} passing in ${Math.round((Date.now() - started) / 1000)} s`);
});
