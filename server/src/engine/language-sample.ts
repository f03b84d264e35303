/**
 * What language detection reads: the prose of a document or a block, without what carries no
 * language (masked code and URLs, @mentions, #hashtags, e-mail addresses, inline code,
 * numbers). A hashtag like `#CERN` or a handle like `@cern_fr` would pull a short French post
 * towards English; detection is on prose only (issue 9).
 */
import { MASK, type ProseBlock } from './prose';

/**
 * Characters of prose a document's language is detected from: its first three windows. A
 * detection call costs in proportion to its text, and three windows decided as well as 2 KB
 * (eight) on every labelled and corpus post, for three eighths of the cost (bench row a).
 */
export const SAMPLE_LENGTH = 840;

/** Characters of prose per detection call: a tweet's length, on which the thresholds were measured. */
export const WINDOW_LENGTH = 280;

const NOT_PROSE = new RegExp([
  `${MASK}+`,
  '`[^`\\r\\n]*`',
  // From the start of a run only: tried inside a long run without an @, it would rescan the run from each character.
  '(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
  '(?<![\\p{L}\\p{N}_])[@#][\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_]',
  '\\p{N}+(?:[.,:/\\u00a0\\u202f ]\\p{N}+)*',
].join('|'), 'gu');

const WORD = /\p{L}+(?:['’\u2011-]\p{L}+)*/gu;

/** `text` with everything that is not prose replaced by a space, and runs of white space collapsed. */
export function proseSample(text: string): string {
  return text.replace(NOT_PROSE, ' ').replace(/\s+/g, ' ').trim();
}

/** The detection sample of `blocks` (those `include` accepts): their prose in order, up to `limit` characters. */
export function blocksSample(blocks: readonly ProseBlock[], limit = SAMPLE_LENGTH, include: (block: ProseBlock) => boolean = () => true): string {
  let sample = '';
  for (const block of blocks) {
    if (!include(block)) continue;
    const prose = proseSample(block.text);
    if (prose === '') continue;
    sample = sample === '' ? prose : `${sample}\n${prose}`;
    if (sample.length >= limit) return sample.slice(0, limit);
  }
  return sample;
}

/** The number of words (runs of letters, elisions and hyphens inside) in `sample`. */
export function countWords(sample: string): number {
  let count = 0;
  for (const _ of sample.matchAll(WORD)) count++;
  return count;
}

/**
 * The windows of `sample`: pieces of at most {@link WINDOW_LENGTH} characters, cut at spaces.
 * A last piece shorter than half a window is left out (unless it is all there is): franc's
 * margins on it would not be comparable.
 */
export function windowsOf(sample: string): string[] {
  const windows: string[] = [];
  let rest = sample;
  while (rest.length > WINDOW_LENGTH) {
    const cut = rest.lastIndexOf(' ', WINDOW_LENGTH);
    const at = cut > WINDOW_LENGTH / 2 ? cut : WINDOW_LENGTH;
    windows.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '' && (windows.length === 0 || rest.length >= WINDOW_LENGTH / 2)) windows.push(rest);
  return windows;
}

/**
 * The windows a document's language is detected from: the prose of its first blocks (those
 * `include` accepts) up to `limit` characters, packed into windows along block boundaries, a
 * block longer than a window cut into windows of its own. An edit changes the window of its
 * block, and the windows after it only when the packing moves, so that a keystroke re-detects
 * one window. Windows shorter than half a window are left out when longer ones exist.
 */
export function documentWindows(blocks: readonly ProseBlock[], limit = SAMPLE_LENGTH, include: (block: ProseBlock) => boolean = () => true): string[] {
  const windows: string[] = [];
  let pack = '';
  let length = 0;
  for (const block of blocks) {
    if (length >= limit) break;
    if (!include(block)) continue;
    const prose = proseSample(block.text).slice(0, limit - length);
    if (prose === '') continue;
    length += prose.length;
    if (prose.length > WINDOW_LENGTH) {
      if (pack !== '') windows.push(pack);
      pack = '';
      windows.push(...windowsOf(prose));
    } else if (pack.length + 1 + prose.length > WINDOW_LENGTH) {
      windows.push(pack);
      pack = prose;
    } else {
      pack = pack === '' ? prose : `${pack}\n${prose}`;
    }
  }
  if (pack !== '') windows.push(pack);
  const long = windows.filter((w) => w.length >= WINDOW_LENGTH / 2);
  return long.length > 0 ? long : windows;
}
