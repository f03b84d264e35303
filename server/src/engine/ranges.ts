/** The check every range the server publishes passes (issue 12, "Validated edits"). */

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Why `[start, end)` is not a range of `text` (whole numbers, inside it, not splitting a surrogate pair), or undefined. */
export function rangeProblem(text: string, start: unknown, end: unknown): string | undefined {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return `offsets ${String(start)}, ${String(end)} are not integers`;
  const [s, e] = [start as number, end as number];
  if (s < 0 || e < s || e > text.length) return `range ${s}–${e} is outside the text (length ${text.length})`;
  for (const at of [s, e]) if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) return `offset ${at} splits a surrogate pair`;
  return undefined;
}
