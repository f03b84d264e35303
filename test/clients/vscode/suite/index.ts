/**
 * The VS Code integration suite's entry: the `run()` that @vscode/test-electron (and the VS
 * Code server's smoke-test driver) calls inside the extension host. Suites are imported
 * statically (everything is bundled) and defined after mocha's `pre-require`, which is what
 * makes `describe`/`it` from 'mocha' work outside the mocha CLI.
 */
import Mocha from 'mocha';
import { codeActionsSuite } from './code-actions.suite';
import { diagnosticsSuite } from './diagnostics.suite';
import { guidelinesViewSuite } from './guidelines-view.suite';
import { SUITE_START } from './start-marker';

/** Runs every suite; rejects when a test failed, which the runner turns into exit code 1. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
  mocha.suite.emit('pre-require', globalThis, 'guidelint-suite', mocha);
  diagnosticsSuite();
  // The view suite reads sample.md before the code actions change it.
  guidelinesViewSuite();
  codeActionsSuite();
  // The runner prints the page's console from this line on: what comes before is workbench noise.
  console.log(SUITE_START);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
