/**
 * The built CLI run as the eval scripts need it: once on many files, `--format json`, from the
 * repository root (npm run sets the working directory to it).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The parts of one file's JSON result the eval scripts read. */
export interface CliResult {
  filePath: string;
  language?: string;
  fatal?: string;
  messages: { guideline: string; ruleId: string; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

/** The built CLI, `server/out/cli.js` under the working directory. */
export const cli = join(process.cwd(), 'server/out/cli.js');

/** Runs the CLI once on `files` with extra flags and returns its JSON results. Exit code 1 (errors found) is normal. */
export function runCli(files: string[], flags: string[]): CliResult[] {
  try {
    return JSON.parse(execFileSync('node', [cli, '--format', 'json', ...flags, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    if (failure.status === 1 && failure.stdout) return JSON.parse(failure.stdout);
    throw new Error(`guidelint failed: ${failure.stderr ?? error}`);
  }
}
