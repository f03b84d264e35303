import { spawn } from 'node:child_process';

/** What a runner printed and how it ended. */
export interface RunResult {
  code: number | null;
  output: string;
}

/**
 * Runs a test runner script with this Node, echoing its output as it comes (so a slow run
 * shows progress) and keeping it for the assertion message.
 */
export function runNodeScript(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString();
      process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
