/**
 * How each platform counts a post's length, as its users see it in the composer:
 * - `weighted` (X): twitter-text's `parseTweet`, the library X publishes for its own count
 *   (URLs 23, emoji and CJK characters 2, text NFC-normalised);
 * - `graphemes` (Bluesky): user-perceived characters (`Intl.Segmenter`), URLs as written;
 * - `mastodon`: code points, each URL 23, a mention `@user@server` as `@user`;
 * - `characters` (every other platform): code points, URLs as written.
 * Each returns the count and the offset of the first character past `limit`, if any.
 */

export const COUNTINGS = ['weighted', 'graphemes', 'mastodon', 'characters'] as const;
export type Counting = (typeof COUNTINGS)[number];

/** A text to count: its offset in the document and its bare URLs (document offsets). */
export interface CountedText {
  text: string;
  offset: number;
  urls: { start: number; end: number }[];
}

export interface Count {
  count: number;
  /** Document offset of the first character over the limit. */
  over?: number;
}

interface ParsedTweet {
  weightedLength: number;
  validRangeEnd: number;
}

let parseTweet: ((text: string) => ParsedTweet) | undefined;

/**
 * twitter-text is loaded on first use (its regular expressions cost start-up time), and is given
 * at most this many UTF-16 units: its URL pattern is quadratic on runs like `a.a.a.…` (1.7 s
 * for 20,000 characters), and no post X accepts is near this long unless it is mostly links.
 * The rest of a longer text is counted as `mastodon` does, which X's count equals outside
 * emoji and CJK.
 */
const WEIGHTED_PREFIX = 1500;

function weighted(counted: CountedText, limit: number, urlLength: number): Count {
  parseTweet ??= (require('twitter-text') as { parseTweet: (text: string) => ParsedTweet }).parseTweet;
  const { text, offset } = counted;
  let cut = text.length;
  if (text.length > WEIGHTED_PREFIX) {
    // Never inside a URL (the rest counts each URL whole, as urlLength): before one that spans the
    // prefix's end, else at white space when there is some.
    const across = counted.urls.find((u) => u.start - offset < WEIGHTED_PREFIX && u.end - offset > WEIGHTED_PREFIX);
    const space = text.lastIndexOf(' ', WEIGHTED_PREFIX);
    cut = across ? across.start - offset : space > 0 ? space : WEIGHTED_PREFIX;
  }
  const parsed = parseTweet(text.slice(0, cut));
  // NFC normalisation can shorten the text: offsets from twitter-text are then approximate, so only trusted when nothing changed.
  const same = text.slice(0, cut).normalize('NFC').length === cut;
  // The rest is counted once, against what the prefix leaves of the limit: its count, and where it goes over.
  const rest = cut < text.length
    ? mastodon({ text: text.slice(cut), offset: offset + cut, urls: counted.urls.filter((u) => u.start >= offset + cut) }, limit - parsed.weightedLength, urlLength)
    : { count: 0, over: undefined };
  const count = parsed.weightedLength + rest.count;
  if (count <= limit) return { count };
  if (parsed.weightedLength > limit) {
    // validRangeEnd is the last UTF-16 unit X accepts (of the NFC form, so only used when that is the text).
    const over = same ? offset + parsed.validRangeEnd + 1 : mastodon({ ...counted, text: text.slice(0, cut) }, limit, urlLength).over;
    return { count, over: over ?? offset + cut };
  }
  return { count, over: rest.over };
}

let segmenter: Intl.Segmenter | undefined;

function graphemes({ text, offset }: CountedText, limit: number): Count {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  let over: number | undefined;
  for (const { index } of segmenter.segment(text)) {
    count++;
    if (count > limit && over === undefined) over = offset + index;
  }
  return { count, over };
}

/** A mention `@user@server.org` (group 1: its server part, which Mastodon does not count); tried only at an `@`, so linear. */
const MENTION = /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

function codePoints({ text, offset, urls }: CountedText, limit: number, urlLength: number | undefined, skipped: { start: number; end: number }[] = []): Count {
  const jumps = new Map<number, { end: number; weight: number }>();
  if (urlLength !== undefined) for (const url of urls) jumps.set(url.start - offset, { end: url.end - offset, weight: urlLength });
  for (const skip of skipped) jumps.set(skip.start, { end: skip.end, weight: 0 });
  let count = 0;
  let over: number | undefined;
  for (let i = 0; i < text.length;) {
    const jump = jumps.get(i);
    const next = jump ? jump.end : i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    count += jump ? jump.weight : 1;
    if (count > limit && over === undefined) over = offset + i;
    i = next;
  }
  return { count, over };
}

function mastodon(counted: CountedText, limit: number, urlLength: number): Count {
  const servers = [...counted.text.matchAll(MENTION)].map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }));
  return codePoints(counted, limit, urlLength, servers);
}

/** Counts `counted` the way `counting` says. */
export function countFor(counting: Counting, counted: CountedText, limit: number, urlLength: number): Count {
  switch (counting) {
    case 'weighted':
      return weighted(counted, limit, urlLength);
    case 'graphemes':
      return graphemes(counted, limit);
    case 'mastodon':
      return mastodon(counted, limit, urlLength);
    default:
      return codePoints(counted, limit, undefined);
  }
}
