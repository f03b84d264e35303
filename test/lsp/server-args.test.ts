/** guidelint-ls's command line as a user types it: --version, --help, and no transport. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const server = join(process.cwd(), 'server/out/server.js');
const version = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version;

function run(args: string[]) {
  const result = spawnSync('node', [server, ...args], { input: '', encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--version and -v print the version and exit 0, with a transport flag too', () => {
  for (const args of [['--version'], ['-v'], ['--stdio', '--version']]) assert.deepEqual(run(args), { code: 0, stdout: `${version}\n`, stderr: '' });
});

test('--help prints the usage with the transports and exits 0', () => {
  const { code, stdout, stderr } = run(['--help']);
  assert.deepEqual([code, stderr], [0, '']);
  assert.match(stdout, /^Usage: guidelint-ls --stdio\n/);
  assert.match(stdout, /--node-ipc/);
});

test('no transport is a one-line usage error, exit 2, no stack trace', () => {
  for (const args of [[], ['--verbose']]) {
    assert.deepEqual(run(args), { code: 2, stdout: '', stderr: 'guidelint-ls: no transport given (use --stdio; --help for the others)\n' });
  }
});
