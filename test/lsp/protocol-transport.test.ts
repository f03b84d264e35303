/**
 * The server's stdio transport (issue 12, item 7), with a raw client: it exits soon after the
 * client closes its input, even in the middle of a long lint; a closed output prints no stack
 * trace; malformed framing is skipped and logged, and the messages after it are answered; exit
 * (with or without shutdown) and the death of the client's process end it with the library's
 * exit codes.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { Framer, type StdinEvent } from '../../server/src/lsp/stdin-reader';

const SERVER = join(process.cwd(), 'server/out/server.js');

/** Servers a failed test left running, killed so that the run ends. */
const running = new Set<ChildProcessWithoutNullStreams>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

/** A server with a raw client: `send` frames a message, `received` collects what comes back. */
function start() {
  const child = spawn(process.execPath, [SERVER, '--stdio']) as ChildProcessWithoutNullStreams;
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // Writes after the server is gone fail with EPIPE: that is the server's business, not the test's.
  child.stdin.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => (running.delete(child), resolve({ code, signal, at: Date.now() }))));
  const send = (message: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const waitFor = async (text: string, ms = 20_000): Promise<void> => {
    for (const until = Date.now() + ms; !stdout.includes(text); await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() > until) throw new Error(`no ${text} in ${stdout.slice(-500)}`);
    }
  };
  const initialize = async (): Promise<void> => {
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await waitFor('"id":1');
    send({ method: 'initialized', params: {} });
  };
  /** How the process ended; one that is still running after `ms` is killed (and fails the test's exit checks). */
  const ended = (ms = 8000) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    return exited.finally(() => clearTimeout(timer));
  };
  return { child, send, waitFor, initialize, ended, output: () => stdout, errors: () => stderr };
}

const open = (text: string) => ({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///post.md', languageId: 'markdown', version: 1, text } } });

test('the server exits within a second of its client closing stdin, in the middle of a long lint, without a word on stderr', async () => {
  const server = start();
  await server.initialize();
  // About 15 s of linting on this machine: the lint is still running when the input ends.
  server.send(open('Damn it. Mail jane@example.org today!!! '.repeat(15_000)));
  await new Promise((r) => setTimeout(r, 1500));
  const closed = Date.now();
  server.child.stdin.end();
  const { at } = await server.ended();
  assert.ok(at - closed < 1000, `exited ${at - closed} ms after its input closed`);
  assert.doesNotMatch(server.output(), /publishDiagnostics/, 'precondition: the lint was still running when stdin closed (if linting got faster, make this post longer)');
  assert.equal(server.errors(), '');
});

test('a client that closes the server\'s stdout gets no stack trace: the server exits on its own with code 1', async () => {
  const server = start();
  await server.initialize();
  server.child.stdout.destroy();
  server.send(open('Mail jane@example.org today.\n'));
  server.send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///post.md' }, position: { line: 0, character: 6 } } });
  // Its stdin stays open: the closed output alone ends it.
  const { code } = await server.ended();
  assert.equal(code, 1);
  assert.equal(server.errors(), '');
});

test('after each kind of malformed framing the server logs what it skipped and answers the next request', async () => {
  const server = start();
  await server.initialize();
  const malformed = [
    'Content-Type: application/json\r\n\r\n{}', // a header without Content-Length
    'garbage before a header\r\n',
    'hello', // bytes glued to the next header
    'Content-Length: abc\r\n\r\n',
    'Content-Length: 2\r\nno colon here\r\n\r\n{}', // a header line the library cannot parse
    'Content-Length: 9\r\n\r\n{not json', // well framed, not JSON: the library's reader skips it
  ];
  for (const [i, bytes] of malformed.entries()) {
    server.child.stdin.write(bytes);
    server.send({ id: 10 + i, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///none.md' }, position: { line: 0, character: 0 } } });
    await server.waitFor(`"id":${10 + i},`, 5000);
  }
  assert.match(server.output(), /skipped \d+ bytes of malformed input \(\\"garbage before a header/);
  server.send({ id: 7, method: 'shutdown' });
  await server.waitFor('"id":7');
  server.send({ method: 'exit' });
  assert.equal((await server.ended()).code, 0);
  assert.equal(server.errors(), '');
});

test('exit without shutdown ends the server with code 1, and shutdown then exit with code 0 (a reader thread blocked in read() once kept it running)', async () => {
  const first = start();
  await first.initialize();
  const sent = Date.now();
  first.send({ method: 'exit' });
  const abrupt = await first.ended();
  assert.equal(abrupt.code, 1);
  // Generous: the default pack's warm-up, right after initialize, may run first.
  assert.ok(abrupt.at - sent < 5000, `exited ${abrupt.at - sent} ms after exit`);
  const second = start();
  await second.initialize();
  second.send({ id: 2, method: 'shutdown' });
  await second.waitFor('"id":2');
  second.send({ method: 'exit' });
  assert.equal((await second.ended()).code, 0);
});

test('the server ends when the client process named by processId dies, while its stdin stays open', async () => {
  const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  const server = start();
  server.send({ id: 1, method: 'initialize', params: { processId: parent.pid, rootUri: null, capabilities: {} } });
  await server.waitFor('"id":1');
  server.send({ method: 'initialized', params: {} });
  parent.kill('SIGKILL');
  const died = Date.now();
  // The library checks every 3 s whether the client is alive.
  const { code, at } = await server.ended();
  assert.equal(code, 1, `exited ${at - died} ms after its client died`);
});

test('the framer skips garbage and malformed headers, and keeps messages split across reads whole', () => {
  const events: StdinEvent[] = [];
  const framer = new Framer((event) => events.push(event));
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`;
  const input = Buffer.from(`xx${frame('{"a":"é"}')}Content-Type: x\r\n\r\n${frame('{"b":2}')}Content-Length: 3\r\nbad\r\n\r\n${frame('{]}')}${frame('[1]')}`);
  for (let i = 0; i < input.length; i += 7) framer.push(input.subarray(i, i + 7));
  const seen = events.map((e) => (e.type === 'message' ? Buffer.from(e.body).toString('utf8') : e.type));
  // A body that is not JSON is passed on: the library's reader skips it and reads on.
  assert.deepEqual(seen, ['skipped', '{"a":"é"}', 'skipped', '{"b":2}', 'skipped', '{]}', '[1]']);
});
