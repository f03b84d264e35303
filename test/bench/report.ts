/** The bench's results, its table, and the targets of issue 5 each figure is checked against. */
import type { CliSpeed } from './cli-run';
import type { CorpusSpeed, Growth } from './in-process';
import type { FirstDiagnostics, Latency } from './latency';
import type { Memory } from './memory';
import type { Soak } from './soak';

/** Printed in place of the server's figures when server/out/server.js does not exist. */
export const NOT_BUILT = 'n/a (server not built)';

/** Everything one run measured; written to bench-results.json. */
export interface BenchResults {
  machine: Record<string, string | number>;
  runs: number;
  corpus?: CorpusSpeed;
  growth?: Growth[];
  latency?: { post: Latency; large: Latency } | typeof NOT_BUILT;
  memory?: Memory | typeof NOT_BUILT;
  soak?: Soak | typeof NOT_BUILT;
  cli?: CliSpeed;
  firstDiagnostics?: FirstDiagnostics | typeof NOT_BUILT;
}

/** One line of the table. */
type Row = [what: string, guidelint: string, alex: string, target: string, result: string];

const verdict = (met: boolean): string => (met ? 'met' : '**not met**');
const ms = (value: number): string => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;
const times = (value: number): string => `${value.toFixed(2)} ×`;

function corpusRows(corpus: CorpusSpeed): Row[] {
  return [[`(a) ms per 1,000 words, corpus in process (${corpus.words.toLocaleString('en')} words)`,
    ms(corpus.guidelintMsPer1k), ms(corpus.alexMsPer1k), `≤ 0.5 × alex (is ${times(corpus.ratio)})`, verdict(corpus.ratio <= 0.5)]];
}

function growthRows(growth: Growth[]): Row[] {
  return growth.map((g) => {
    const last = g === growth[growth.length - 1];
    return [`(b) one ${Math.round(g.words / 1000)}k-word document ÷ its posts one by one`,
      `${times(g.guidelintMs.ratio)} (${ms(g.guidelintMs.whole)})`, `${times(g.alexMs.ratio)} (${ms(g.alexMs.whole)})`,
      last ? '≤ 1.3 ×' : '—', last ? verdict(g.guidelintMs.ratio <= 1.3) : '—'];
  });
}

function latencyRows(latency: BenchResults['latency']): Row[] {
  if (latency === undefined) return [];
  if (latency === NOT_BUILT) return [['(c) keystroke → diagnostics', NOT_BUILT, '—', 'p95 ≤ 25 / 60 ms', '—']];
  const row = (l: Latency, limit: number): Row => [
    `(c) keystroke → diagnostics, ${l.words.toLocaleString('en')}-word document, ${l.edits} edits: p50 / p95 / max`,
    `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)}`, 'no server', `p95 ≤ ${limit} ms`, verdict(l.p95 <= limit)];
  return [row(latency.post, 25), row(latency.large, 60)];
}

function memoryRows(memory: BenchResults['memory']): Row[] {
  if (memory === undefined) return [];
  if (memory === NOT_BUILT) return [['(d) server RSS', NOT_BUILT, '—', '≤ 150 MB, < 10 % growth', '—']];
  return [
    [`(d) server RSS, ${memory.documents} posts open`, mb(memory.openMb), 'no server', '≤ 150 MB', verdict(memory.openMb <= 150)],
    [`(d) server RSS after ${memory.edits} edits (every ${memory.edits / 4}: ${memory.samplesMb.map((m) => m.toFixed(0)).join(' → ')} MB)`,
      `${mb(memory.afterEditsMb)} (${(memory.growth * 100).toFixed(1)} %)`, 'no server', '< 10 % growth', verdict(memory.growth < 0.1)],
  ];
}

function soakRows(soak: BenchResults['soak']): Row[] {
  if (soak === undefined) return [];
  if (soak === NOT_BUILT) return [['(g) memory soak', NOT_BUILT, '—', '< 10 % growth', '—']];
  const u = soak.uncompactedMb;
  return [
    [`(g) soak: RSS after a forced compaction, warm (${soak.documents} posts opened and closed; cold server ${mb(soak.coldMb)}) → after a second round → after ${soak.edits.toLocaleString('en')} edits to one post`,
      `${mb(soak.beforeMb)} → ${mb(soak.afterRoundMb)} → ${mb(soak.afterMb)} (${(soak.growth * 100).toFixed(1)} %)`, 'no server', '< 10 % growth', verdict(soak.growth < 0.1)],
    [`(g) soak: RSS before each compaction (round 1, round 2, edits); live heap after each (MB); entries left in per-document maps`,
      `${mb(u.round1)}, ${mb(u.round2)}, ${mb(u.edits)}; ${soak.heapUsedMb.map((h) => h.toFixed(0)).join(' → ')}; ${soak.leftAfterClose}`, 'no server', '0 entries left', verdict(soak.leftAfterClose === 0)],
  ];
}

function cliRows(cli: CliSpeed): Row[] {
  const ratio = cli.guidelint.wallMs / cli.alex.wallMs;
  return [
    ['(e) CLI on the corpus, wall time', ms(cli.guidelint.wallMs), ms(cli.alex.wallMs), `≤ 0.5 × alex (is ${times(ratio)})`, verdict(ratio <= 0.5)],
    [`(e) CLI on the corpus, peak RSS (${cli.method})`, mb(cli.guidelint.peakMb), mb(cli.alex.peakMb), '≤ alex', verdict(cli.guidelint.peakMb <= cli.alex.peakMb)],
  ];
}

function firstRows(first: BenchResults['firstDiagnostics']): Row[] {
  if (first === undefined) return [];
  if (first === NOT_BUILT) return [['(f) server start → first diagnostics', NOT_BUILT, '—', '≤ 300 ms', '—']];
  return [[`(f) server start → first diagnostics of a post (initialize answered at ${ms(first.initializeMs)})`,
    ms(first.ms), 'no server', '≤ 300 ms', verdict(first.ms <= 300)]];
}

/** The table as Markdown, ready for the README. */
export function formatTable(results: BenchResults): string {
  const rows: Row[] = [
    ...(results.corpus ? corpusRows(results.corpus) : []),
    ...(results.growth ? growthRows(results.growth) : []),
    ...latencyRows(results.latency),
    ...memoryRows(results.memory),
    ...soakRows(results.soak),
    ...(results.cli ? cliRows(results.cli) : []),
    ...firstRows(results.firstDiagnostics),
  ];
  const lines = ['| measure | Guidelint | alex 11.0.1 | target | result |', '|---|---:|---:|---|---|'];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}
