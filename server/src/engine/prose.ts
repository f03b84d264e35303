/**
 * The engine's view of a document: prose blocks whose text has the same length as the
 * source it came from, with everything that is not prose masked. Rules see only this,
 * so that code, front matter, HTML and URLs can never trigger them, and every offset a
 * rule computes is already an offset into the original document.
 */

/** Replaces a masked character. U+FFFC is neither a letter nor white space, so a masked URL or code span still separates the words around it. */
export const MASK = '\uFFFC';

/** Where a block comes from. `alt` is an image's alt text. */
export type BlockKind = 'paragraph' | 'heading' | 'table-cell' | 'alt' | 'text';

/** A link inside a block: the range of its visible text and its destination. */
export interface LinkSpan {
  start: number;
  end: number;
  url: string;
}

/** One unit of prose: a paragraph, heading, table cell, image alt text, or a plain-text paragraph. */
export interface ProseBlock {
  kind: BlockKind;
  /** Offset of `text[0]` in the document. */
  start: number;
  /** The source from `start`, non-prose masked with {@link MASK} (line breaks kept). */
  text: string;
  /** Inside a block quote. */
  quoted: boolean;
  /** Inside a list item. */
  listItem: boolean;
  /** Links whose visible text lies in this block, and masked bare URLs. */
  links: LinkSpan[];
}

/** An image in a Markdown document. */
export interface ImageSpan {
  /** The whole `![alt](url)` source range. */
  start: number;
  end: number;
  alt: string;
  url: string;
}

/** A block quote: its range and whether it links to a source. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** A link or bare URL inside the quote. */
  linked: boolean;
}

/** A region that a `guidelint-disable-next-line` comment silences. */
export interface DisableRange {
  start: number;
  end: number;
  /** Rule or guideline ids; empty means every rule. */
  ids: string[];
}

/** Everything the engine extracts from a document before any rule runs. */
export interface ProseDocument {
  blocks: ProseBlock[];
  images: ImageSpan[];
  quotes: QuoteSpan[];
  disabled: DisableRange[];
  /** Parsed front matter, or an empty object. */
  frontmatter: Record<string, unknown>;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
}

/**
 * Scheme URLs and `www.` hosts. Linear: one pass, no nested quantifiers, and a scheme of at
 * most 32 characters (unbounded, a long run of letters and dots with no `://` after it was
 * rescanned from each of its words). The last character
 * is not sentence punctuation, nor an emphasis or strikethrough marker (`*https://…*`), and
 * no URL runs into masked markup ({@link MASK}): the Markdown parser leaves bare URLs to this
 * pattern (gfm-syntax.ts).
 */
const URL_PATTERN = /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"'`)\]\uFFFC]+[^\s<>"'`)\].,;:!?*_~\uFFFC]/gi;

/**
 * Masks bare URLs in `text` (relative to `offset` in the document) and returns them as links.
 * URLs are not prose: they never reach the rules.
 */
export function maskUrls(text: string, offset: number): { text: string; links: LinkSpan[] } {
  const links: LinkSpan[] = [];
  const masked = text.replace(URL_PATTERN, (url: string, index: number) => {
    links.push({ start: offset + index, end: offset + index + url.length, url });
    return MASK.repeat(url.length);
  });
  return { text: masked, links };
}

/** Replaces every character of `text` but line breaks with {@link MASK}. */
export function maskAll(text: string): string {
  return text.replace(/[^\r\n]/g, MASK);
}

const DISABLE_PATTERN = /guidelint-disable-next-line\b([^\r\n]*?)(?:-->|$)/;

/**
 * Reads a `guidelint-disable-next-line [ids]` comment and returns the line it silences:
 * the line after the one that holds the comment, from `commentEnd` in `source`.
 */
export function disableRangeAfter(source: string, comment: string, commentEnd: number): DisableRange | undefined {
  const match = DISABLE_PATTERN.exec(comment);
  if (!match) return undefined;
  const ids = match[1].split(/[\s,]+/).filter(Boolean);
  const lineEnd = source.indexOf('\n', commentEnd);
  if (lineEnd === -1) return undefined;
  const nextEnd = source.indexOf('\n', lineEnd + 1);
  return { start: lineEnd + 1, end: nextEnd === -1 ? source.length : nextEnd, ids };
}
