/**
 * The language server's standard input with `--stdio`, read on a thread of its own (issue 12,
 * item 7). The connection still uses vscode-jsonrpc's own reader (server.ts feeds it the frames
 * this thread passes on) and vscode-languageserver's own exit handling; this thread does only
 * the two things the library cannot:
 * - **resynchronise after malformed framing.** The library's ReadableStreamMessageReader stops
 *   for good after a header without `Content-Length`, a header line without `:` or bytes before
 *   a header (it fires an error and keeps the misaligned rest in its private buffer, so every
 *   later request goes unanswered), and has no option to skip to the next header. The Framer
 *   below skips what is not a header and passes each well-formed message's body on; a body that
 *   is not JSON is left to the library, which skips it and reads on.
 * - **see the client go while the main thread is busy.** The library exits when its input ends,
 *   but it learns that on the main thread's event loop, which a long (synchronous) lint holds
 *   for seconds. This thread sees the end of fd 0 at once and, if the main thread has not ended
 *   the process within EXIT_GRACE_MS, kills it.
 */
import { createReadStream, fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import { isatty, ReadStream } from 'node:tty';
import { parentPort } from 'node:worker_threads';

/** What the thread tells the main thread. */
export type StdinEvent = { type: 'message'; body: Uint8Array } | { type: 'skipped'; bytes: number; sample: string } | { type: 'end' };

/** How long the main thread has to end the process itself once the input ended. */
export const EXIT_GRACE_MS = 500;

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /Content-Length:[ \t]*(\d+)[ \t]*$/im;
/** A header line as the library parses it: a name, `:`, a value. */
const HEADER_LINES = /^([\w-]+:[^\r\n]*(\r\n|$))+$/;
/** A header block longer than this is garbage: LSP headers are two short lines. */
const MAX_HEADER = 8 * 1024;

/** Frames LSP messages out of a byte stream, skipping what is not a well-formed header. */
export class Framer {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly emit: (event: StdinEvent) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) {
        // No header end in sight: keep a possible header's start, skip the rest.
        if (this.buffer.length > MAX_HEADER) this.skip(this.buffer.length - MAX_HEADER);
        return;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('latin1');
      const match = CONTENT_LENGTH.exec(header);
      if (!match) {
        this.skip(headerEnd + HEADER_END.length);
        continue;
      }
      // Garbage before the Content-Length line: skip to it.
      if (match.index > 0 && !HEADER_LINES.test(header.slice(0, match.index))) {
        this.skip(match.index);
        continue;
      }
      // A malformed line after it: the whole header is garbage.
      if (!HEADER_LINES.test(header)) {
        this.skip(headerEnd + HEADER_END.length);
        continue;
      }
      const length = Number(match[1]);
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.buffer.length < bodyStart + length) return;
      // A copy of its own: posting a view would copy the whole buffer it is a view of.
      const body = new Uint8Array(this.buffer.subarray(bodyStart, bodyStart + length));
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.emit({ type: 'message', body });
    }
  }

  private skip(bytes: number): void {
    const sample = this.buffer.subarray(0, Math.min(bytes, 60)).toString('utf8');
    this.buffer = this.buffer.subarray(bytes);
    this.emit({ type: 'skipped', bytes, sample });
  }
}

/**
 * Fd 0 as a stream of this thread's event loop, chosen as Node chooses process.stdin's (which,
 * in a worker, is not fd 0). Not a blocking readSync loop: Node joins its worker threads when
 * the process exits, and a thread blocked in read() would keep the process from exiting.
 */
function openStdin(): NodeJS.ReadableStream {
  if (isatty(0)) return new ReadStream(0);
  const stat = fstatSync(0);
  if (stat.isFIFO() || stat.isSocket()) return new Socket({ fd: 0, readable: true, writable: false });
  return createReadStream('', { fd: 0 });
}

function run(port: NonNullable<typeof parentPort>): void {
  const framer = new Framer((event) => port.postMessage(event, event.type === 'message' ? [event.body.buffer as ArrayBuffer] : []));
  const input = openStdin();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    port.postMessage({ type: 'end' } satisfies StdinEvent);
    // The main thread ends the process at once when it is free; a long lint would keep it for seconds.
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), EXIT_GRACE_MS);
  };
  input.on('data', (chunk: Buffer) => framer.push(chunk));
  input.on('end', end);
  input.on('close', end);
  input.on('error', end);
}

if (parentPort) run(parentPort);
