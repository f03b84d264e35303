/**
 * Issue 12: "CI runs 2,000 cases every time". `npm run fuzz -- --cases 2000` as a test, so that
 * its verdict is in the test runner's summary: 2,000 generated documents, each linted as
 * Markdown and as plain text, must give no crash, no overrun and no invalid finding. The seed
 * is fixed (the same cases every run, so a failure is reproduced with
 * `npm run fuzz -- --cases 2000 --seed <seed>`) unless GUIDELINT_FUZZ_SEED names another; it
 * is printed either way. Repeated units are capped at 500 here (up to 20,000, documents of
 * 100,000+ characters, in `npm run fuzz`), which keeps the test near a minute on 2 cores.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzz } from './fuzz';

const CASES = 2000;
/** The most times a unit is repeated (the shapes of `npm run fuzz`, shorter). */
const MAX_REPEAT = 500;
const seed = Number(process.env.GUIDELINT_FUZZ_SEED ?? 20261203);

test(`fuzz: ${CASES} generated documents (seed ${seed}) give no crash, overrun or invalid finding`, (t) => {
  const report = fuzz(CASES, seed, () => {}, MAX_REPEAT);
  t.diagnostic(`${report.cases} cases (seed ${report.seed}) in ${(report.ms / 1000).toFixed(1)} s: ${report.counts.crash} crashes, ${report.counts.overrun} overruns, ${report.counts['invalid finding']} invalid findings`);
  const minimal = report.minimal.map(({ kind, input, failure }) => `${kind} (${failure.format}): ${failure.detail}; input ${JSON.stringify(input.slice(0, 300))}`);
  assert.deepEqual(report.counts, { 'crash': 0, 'overrun': 0, 'invalid finding': 0 }, `reproduce with npm run fuzz -- --cases ${CASES} --seed ${seed}\n${minimal.join('\n')}`);
});
