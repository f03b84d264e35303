/**
 * `npm run bench` (issue 5, item 4): Guidelint against alex 11 on the same texts, in the same
 * run, medians over several runs with the tools alternating. Prints a Markdown table with each
 * target and writes bench-results.json. Not part of `npm test`: timings depend on the machine.
 *
 *   npm run bench [-- --runs=N] [-- --only=a,c] [-- --quick] [-- --latency-budget=SECONDS]
 *   npm run bench -- --profile     CPU profile of the in-process corpus lint, top functions
 *   npm run bench -- --rules       the corpus lint's time rule by rule, and the engine's share
 *   npm run bench -- --only=g      the memory soak: open and close the corpus twice, 20,000 edits (soak.ts)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { measureCli } from './cli-run';
import { corpusDir, joinParts, loadCorpus, partsOf, postNear, type Post } from './corpus';
import { lintCorpusWithGuidelint, measureCorpus, measureGrowth, warmUp } from './in-process';
import { measureFirstDiagnostics, measureKeystrokes } from './latency';
import { BenchServer, serverBuilt } from './lsp-client';
import { measureMemory } from './memory';
import { measureSoak } from './soak';
import { printProfile, recordProfile } from './profile';
import { formatRuleCosts, measureRuleCosts } from './rule-costs';
import { formatTable, NOT_BUILT, type BenchResults } from './report';
import { countWords } from './stats';

interface BenchOptions {
  runs: number;
  quick: boolean;
  only: string[];
  budgetMs: number;
}

function readOptions(): BenchOptions & { profile: boolean; profileChild: boolean; rules: boolean } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' }, only: { type: 'string', default: 'a,b,c,d,e,f,g' }, quick: { type: 'boolean', default: false },
      'latency-budget': { type: 'string', default: '120' }, profile: { type: 'boolean', default: false }, 'profile-child': { type: 'boolean', default: false },
      rules: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  return {
    runs: Number(values.runs ?? (quick ? 1 : 3)), quick, only: (values.only ?? '').split(','),
    budgetMs: Number(values['latency-budget']) * 1000, profile: values.profile ?? false, profileChild: values['profile-child'] ?? false,
    rules: values.rules ?? false,
  };
}

/** Runs one section with a progress line on stderr (the table goes to stdout). */
async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  process.stderr.write(`bench: ${name} …`);
  const started = performance.now();
  const result = await work();
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

function machine(): Record<string, string | number> {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    date: new Date().toISOString(), commit, node: process.version, cpu: cpus()[0]?.model ?? '', cores: availableParallelism(),
    loadAverageAtStart: Number(loadavg()[0].toFixed(2)),
  };
}

async function inProcess(posts: Post[], options: BenchOptions, results: BenchResults): Promise<void> {
  const want = (section: string) => options.only.includes(section);
  if (!want('a') && !want('b')) return;
  await step('warm-up', () => warmUp(posts));
  if (want('a')) results.corpus = await step('(a) corpus in process', () => measureCorpus(posts, options.runs));
  if (!want('b')) return;
  results.growth = [];
  for (const size of [10_000, 30_000, 100_000]) {
    results.growth.push(await step(`(b) ${size / 1000}k-word document`, () => measureGrowth(posts, size, options.runs)));
  }
}

async function throughServer(posts: Post[], options: BenchOptions, results: BenchResults): Promise<void> {
  const want = (section: string) => options.only.includes(section);
  const built = serverBuilt();
  if (want('f')) results.firstDiagnostics = built ? await step('(f) first diagnostics', () => measureFirstDiagnostics(postNear(posts, 1000).text, options.quick ? 3 : 5)) : NOT_BUILT;
  if (want('c')) results.latency = built ? await step('(c) keystrokes', () => keystrokes(posts, options)) : NOT_BUILT;
  if (want('d')) results.memory = built ? await step('(d) server memory', () => measureMemory(posts, options.quick ? 200 : 1000)) : NOT_BUILT;
  if (want('g')) results.soak = built ? await step('(g) memory soak', () => measureSoak(posts, options.quick ? 2000 : 20_000, (line) => process.stderr.write(`\n  soak: ${line}`))) : NOT_BUILT;
}

async function keystrokes(posts: Post[], options: BenchOptions): Promise<NonNullable<Exclude<BenchResults['latency'], string>>> {
  const edits = options.quick ? 50 : 200;
  const server = await BenchServer.start();
  try {
    const post = postNear(posts, 2000);
    const large = joinParts(partsOf(posts, 100_000));
    return {
      post: await measureKeystrokes(server, 'post.md', post.text, post.words, edits, options.budgetMs),
      large: await measureKeystrokes(server, 'large.md', large, countWords(large), edits, options.budgetMs),
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.profileChild) return void lintCorpusWithGuidelint(loadCorpus());
  if (options.profile) return printProfile(recordProfile(__filename));
  if (options.rules) return void console.log(formatRuleCosts(measureRuleCosts(loadCorpus())));
  const posts = loadCorpus();
  const results: BenchResults = { machine: machine(), runs: options.runs };
  await inProcess(posts, options, results);
  await throughServer(posts, options, results);
  if (options.only.includes('e')) results.cli = await step('(e) CLI on the corpus', () => measureCli(corpusDir(), options.runs));
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nGuidelint vs alex 11.0.1 on ${posts.length} posts (${results.machine.cores} cores, Node ${process.version}, medians of ${options.runs} runs)\n`);
  console.log(formatTable(results));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
