/** The progress line of long CLI runs: on stderr, only when stderr is a terminal. */

/** Draws and clears the progress line. */
export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, if one was drawn, before the results are printed. */
  clear(): void;
}

/** Runs that end within `delayMs` draw nothing; redraws are throttled to ten a second. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr, delayMs = 500): Progress {
  const started = Date.now();
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (!stream.isTTY || now - started < delayMs || now - drawnAt < 100) return;
      drawnAt = now;
      drawn = true;
      stream.write(`\r\u001b[Kguidelint: ${done}/${total} files`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
