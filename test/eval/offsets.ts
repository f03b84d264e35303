/** 1-based line/column (UTF-16 columns, as in the CLI's JSON) back to offsets. */
export class LineIndexOffsets {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The offset of 1-based `line` and `column`. */
  offset(line: number, column: number): number {
    return this.starts[line - 1] + column - 1;
  }
}
