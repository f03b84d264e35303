/** Offset ↔ line/column conversion for the CLI, in UTF-16 code units like the engine's offsets. */

/** Line starts of a text, computed once, so each conversion is a binary search, not a rescan. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      // \r\n, \n and a lone \r each end a line, as in LSP.
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Zero-based line and character of `offset`. */
  position(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }

  /** The offset of zero-based `line` and `character`. */
  offset(line: number, character: number): number {
    return this.starts[line] + character;
  }
}
