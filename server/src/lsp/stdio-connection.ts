/**
 * The language server's stdio transport: lsp/stdin-reader.ts runs on a thread of its own so
 * that malformed framing is skipped and the client's leaving is noticed during a long lint.
 */
import { PassThrough } from 'node:stream';
import { inspect } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { StdinEvent } from './stdin-reader';

/**
 * With `--stdio`, the connection reads what lsp/stdin-reader.ts passes on: that thread reads
 * fd 0, skips malformed framing (which stops the library's own reader for good) and ends the
 * process soon after the client closes the input, even during a long lint. The frames go to the
 * library's own reader, and the library's own handling of the input's end (exit 0 after
 * `shutdown`, else 1), of `exit` and of `--clientProcessId` / `processId` apply as they are.
 * Other transports (VS Code's `--node-ipc`) are the library's alone.
 */
export function stdioConnection(script: string) {
  const input = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  const reader = new Worker(script);
  reader.on('message', (event: StdinEvent) => {
    if (event.type === 'message') {
      input.write(`Content-Length: ${event.body.byteLength}\r\n\r\n`);
      input.write(event.body);
    } else if (event.type === 'skipped') {
      connection.console.error(`Guidelint: skipped ${event.bytes} bytes of malformed input (${JSON.stringify(event.sample)})`);
    } else input.end();
  });
  // A reader that cannot read leaves nothing to serve: the input ends and the library exits.
  reader.on('error', (error) => (process.stderr.write(`Guidelint: cannot read stdin: ${error.message}\n`), input.end()));
  // A client that closed our output is gone: end the input (the library exits) rather than
  // crash on the next write with "Connection is closed" and a stack trace.
  process.stdout.on('error', () => input.destroy());
  // The library sends console output to the client's log only when it opens stdio itself;
  // here stray console output goes to stderr, never into the protocol on stdout.
  console.log = console.info = console.warn = console.error = console.debug = (...args: unknown[]) =>
    void process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}\n`);
  return connection;
}
