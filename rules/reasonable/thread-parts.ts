/**
 * The parts of a thread, each a post of its own on the platform: paragraphs numbered `1/`,
 * `2/` … (or `1/4`, `2/4` …) from 1 in steps of one, or, in plain text, parts between lines
 * that hold only `---`. A document with neither is one post.
 */
import type { Format } from '../api';

export interface ThreadPart {
  /** 1 for the first part. */
  number: number;
  /** Document offsets of the part's text, white space around it left out. */
  start: number;
  end: number;
}

/** `1/`, `12/` or `3/10` at a paragraph's start, followed by white space. */
const NUMBERING = /^(\d{1,3})\/(?:\d{1,3})?(?=\s)/;
const SEPARATOR = /^[ \t]*---[ \t]*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(source: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    lines.push({ start, end, text: source.slice(start, end).replace(/\r$/, '') });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** `start`…`end` of `source` without white space at either end; undefined when nothing is left. */
function trimmed(source: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return start < end ? { start, end } : undefined;
}

/** The parts of the thread in `source` from `bodyStart`, or undefined when it is not a thread. */
export function threadParts(source: string, bodyStart: number, format: Format): ThreadPart[] | undefined {
  const lines = linesOf(source, bodyStart);
  if (format === 'text' && lines.some((l) => SEPARATOR.test(l.text))) {
    const parts: ThreadPart[] = [];
    let from = bodyStart;
    for (const line of [...lines.filter((l) => SEPARATOR.test(l.text)), { start: source.length, end: source.length, text: '' }]) {
      const part = trimmed(source, from, line.start);
      if (part) parts.push({ number: parts.length + 1, ...part });
      from = line.end;
    }
    return parts.length > 1 ? parts : undefined;
  }
  const bounds: number[] = [];
  let previousBlank = true;
  for (const line of lines) {
    const match = previousBlank ? NUMBERING.exec(line.text.trimStart()) : null;
    if (match && Number(match[1]) === bounds.length + 1) bounds.push(line.start);
    previousBlank = line.text.trim() === '';
  }
  if (bounds.length < 2) return undefined;
  // Text before `1/` belongs to the first part; each part runs to the next one's numbering.
  return bounds.flatMap((start, k) => {
    const part = trimmed(source, k === 0 ? bodyStart : start, bounds[k + 1] ?? source.length);
    return part ? [{ number: k + 1, ...part }] : [];
  });
}
