/**
 * Trimming characters of a class from the ends of a text, one character at a time. A pattern
 * such as `[…]+$` is tried from each character of an inner run of its class, and rescans the
 * rest of the run each time: on a long run that is not at the end (spaces, punctuation) its
 * cost grows with the square of the run's length (issue 12). These loops look at each
 * character once.
 */

/** The character (a whole code point) that starts at `i`. */
function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? text.slice(i, i + 2) : text.charAt(i);
}

/** The character (a whole code point) that ends at `end`. */
function charBefore(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return (code & 0xfc00) === 0xdc00 && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? text.slice(end - 2, end) : text.charAt(end - 1);
}

/** Where the run of characters that `edge` accepts, ending at `end`, starts (not before `from`). */
export function runStartBefore(text: string, edge: RegExp, end = text.length, from = 0): number {
  let i = end;
  while (i > from) {
    const char = charBefore(text, i);
    if (!edge.test(char)) break;
    i -= char.length;
  }
  return Math.max(i, from);
}

/** Where the run of characters that `edge` accepts, starting at `start`, ends. */
export function runEndAfter(text: string, edge: RegExp, start = 0): number {
  let i = start;
  while (i < text.length) {
    const char = charAt(text, i);
    if (!edge.test(char)) break;
    i += char.length;
  }
  return i;
}

/** `text` without the characters `edge` accepts at its end: `text.replace(/[…]+$/, '')` in linear time. `edge` tests one character (a class, no `g` flag). */
export function trimEnd(text: string, edge: RegExp): string {
  return text.slice(0, runStartBefore(text, edge));
}

/**
 * `text` without the characters `leading` accepts at its start and those `trailing` accepts at
 * its end: `text.replace(/^[…]+|[…]+$/g, '')` in linear time. When the leading run is the whole
 * text, nothing is left.
 */
export function trimEdges(text: string, leading: RegExp, trailing: RegExp = leading): string {
  const start = runEndAfter(text, leading);
  return text.slice(start, runStartBefore(text, trailing, text.length, start));
}
