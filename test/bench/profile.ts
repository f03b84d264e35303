/**
 * `npm run bench -- --profile`: a CPU profile of Guidelint linting the corpus in process
 * (`node --cpu-prof`), and the functions and source files where the time goes, mapped back
 * through the bundle's source map to TypeScript files and npm packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function or one source. */
export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

/** Where the profile is written (gitignored). */
export const PROFILE_PATH = join(process.cwd(), 'test-artifacts/bench/corpus.cpuprofile');

/** Runs this bench script again under `node --cpu-prof` in its `--profile-child` mode and returns the profile's path. */
export function recordProfile(script: string): string {
  mkdirSync(dirname(PROFILE_PATH), { recursive: true });
  const args = ['--cpu-prof', `--cpu-prof-dir=${dirname(PROFILE_PATH)}`, '--cpu-prof-name=corpus.cpuprofile', script, '--profile-child'];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(PROFILE_PATH)) throw new Error(`profiling failed (exit ${result.status})`);
  return PROFILE_PATH;
}

/** Maps bundle positions to original files; one source map per bundle. */
class Locator {
  private readonly maps = new Map<string, SourceMap | undefined>();

  /** `file:line` in the original sources (npm packages by name), or the bundle position. */
  locate({ url, lineNumber, columnNumber }: CallFrame): string {
    if (!url.startsWith('file:')) return url || '(native)';
    const bundle = fileURLToPath(url);
    const entry = this.mapOf(bundle)?.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (!entry?.originalSource) return `${relative(process.cwd(), bundle)}:${lineNumber + 1}`;
    const source = relative(process.cwd(), resolve(dirname(bundle), entry.originalSource.replace(/^file:\/\//, '')));
    return `${source}:${(entry.originalLine ?? 0) + 1}`;
  }

  private mapOf(bundle: string): SourceMap | undefined {
    if (!this.maps.has(bundle)) {
      const path = `${bundle}.map`;
      this.maps.set(bundle, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : undefined);
    }
    return this.maps.get(bundle);
  }
}

/** The package or source file a location belongs to: `node_modules/<name>` collapses to the package. */
export function sourceOf(where: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  return inPackage ? `npm:${inPackage[1]}` : where.replace(/:\d+$/, '');
}

/** Self time by function and by source, largest first. */
export function selfTimes(profile: CpuProfile): { functions: SelfTime[]; sources: SelfTime[]; totalMs: number } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const locator = new Locator();
  const functions = new Map<string, SelfTime>();
  const sources = new Map<string, SelfTime>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id)!;
    const us = profile.timeDeltas[index] ?? 0;
    totalUs += us;
    const where = locator.locate(frame);
    const name = frame.functionName || '(anonymous)';
    add(functions, `${name} ${where}`, name, where, us);
    add(sources, sourceOf(where), sourceOf(where), '', us);
  });
  const sorted = (map: Map<string, SelfTime>) => [...map.values()]
    .map((entry) => ({ ...entry, ms: entry.ms / 1000, share: entry.ms / totalUs }))
    .sort((a, b) => b.ms - a.ms);
  return { functions: sorted(functions), sources: sorted(sources), totalMs: totalUs / 1000 };
}

function add(map: Map<string, SelfTime>, key: string, name: string, where: string, us: number): void {
  const entry = map.get(key) ?? { name, where, ms: 0, share: 0 };
  entry.ms += us;
  map.set(key, entry);
}

/** Reads a .cpuprofile and prints the top 15 functions and top 10 sources by self time. */
export function printProfile(path: string): void {
  const { functions, sources, totalMs } = selfTimes(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  const row = (entry: SelfTime) => `| ${entry.ms.toFixed(0)} | ${(entry.share * 100).toFixed(1)} % | ${entry.name} | ${entry.where} |`;
  console.log(`\nCPU profile: ${relative(process.cwd(), path)} (${(totalMs / 1000).toFixed(1)} s sampled; open it in Chrome DevTools or VS Code)\n`);
  console.log('Top 15 functions by self time\n\n| self ms | share | function | source |\n|---:|---:|---|---|');
  for (const entry of functions.slice(0, 15)) console.log(row(entry));
  console.log('\nTop 10 sources (files, npm packages) by self time\n\n| self ms | share | source |\n|---:|---:|---|');
  for (const entry of sources.slice(0, 10)) console.log(`| ${entry.ms.toFixed(0)} | ${(entry.share * 100).toFixed(1)} % | ${entry.name} |`);
}
