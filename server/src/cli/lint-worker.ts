/** A lint worker thread: lints the jobs the pool posts, one at a time, and posts each outcome back. */
import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-file';
import type { JobMessage, OutcomeMessage } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread of the guidelint CLI');

port.on('message', ({ index, job }: JobMessage) => {
  let reply: OutcomeMessage;
  try {
    reply = { index, outcome: lintFile(job) };
  } catch (error) {
    // Sent back rather than thrown, so that the CLI can name the file that failed.
    reply = { index, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(reply);
});
