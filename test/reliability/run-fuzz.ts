/**
 * `npm run fuzz -- --cases N [--seed S]`: lints N generated documents (fuzz.ts) and prints the
 * counts of crashes, overruns and invalid findings, with a minimal input for each kind found.
 * Exits 1 when anything was found.
 */
import { fuzz } from './fuzz';

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number`);
    process.exit(2);
  }
  return value;
};

const cases = option('cases', 1000);
const seed = option('seed', 1);
const report = fuzz(cases, seed, (line) => console.error(line));
console.log(`guidelint fuzz: ${report.cases} cases (seed ${report.seed}), each linted as Markdown and as plain text, in ${(report.ms / 1000).toFixed(1)} s`);
console.log(`${report.counts.crash} crashes, ${report.counts.overrun} overruns, ${report.counts['invalid finding']} invalid findings`);
for (const { kind, input, failure } of report.minimal) {
  console.log(`\nminimal ${kind} (${failure.format}): ${failure.detail}\n  input (${input.length} characters): ${JSON.stringify(input.length > 300 ? `${input.slice(0, 300)}…` : input)}`);
}
process.exit(report.minimal.length > 0 || Object.values(report.counts).some((n) => n > 0) ? 1 : 0);
