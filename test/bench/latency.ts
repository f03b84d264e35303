/** Measures (c) keystroke → diagnostics latency and (f) start → first diagnostics, through the real server. */
import { performance } from 'node:perf_hooks';
import { benchUri, BenchServer } from './lsp-client';
import { median, quantile } from './stats';

/** (c) for one document. */
export interface Latency {
  words: number;
  /** Edits measured: fewer than asked when the time budget ran out. */
  edits: number;
  p50: number;
  p95: number;
  max: number;
}

/** Where the `fraction`-th edit goes: between two lower-case letters at or after that point, so it lands in prose. */
export function editOffset(text: string, fraction: number): number {
  const from = Math.floor(fraction * text.length);
  const inWord = /[a-z](?=[a-z])/g;
  inWord.lastIndex = from;
  const match = inWord.exec(text);
  return match ? match.index + 1 : from;
}

/** The LSP position of `offset`: line, and UTF-16 character in that line. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Opens `text`, then types `edits` single characters spread over it, one at a time, timing each until its diagnostics arrive. */
export async function measureKeystrokes(server: BenchServer, name: string, text: string, words: number, edits: number, budgetMs: number): Promise<Latency> {
  const uri = benchUri(name);
  await server.open(uri, text);
  const started = performance.now();
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < edits && performance.now() - started < budgetMs; i++) {
    const offset = editOffset(current, (i + 0.5) / edits);
    const position = positionAt(current, offset);
    const sent = performance.now();
    const arrived = await server.change(uri, { start: position, end: position }, 'e');
    times.push(arrived - sent);
    current = `${current.slice(0, offset)}e${current.slice(offset)}`;
  }
  return { words, edits: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times) };
}

/** (f): spawn → first diagnostics, and spawn → the answer to `initialize` (start-up alone). */
export interface FirstDiagnostics {
  ms: number;
  initializeMs: number;
}

/** (f): medians over `runs` fresh servers, the post opened right after `initialized`. */
export async function measureFirstDiagnostics(text: string, runs: number): Promise<FirstDiagnostics> {
  const first: number[] = [];
  const initialize: number[] = [];
  for (let run = 0; run < runs; run++) {
    const server = await BenchServer.start();
    const arrived = await server.open(benchUri(`first-${run}.md`), text);
    first.push(arrived - server.spawnedAt);
    initialize.push(server.initializedAt - server.spawnedAt);
    await server.stop();
  }
  return { ms: median(first), initializeMs: median(initialize) };
}
