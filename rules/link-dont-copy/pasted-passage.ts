import type { BlockAnalysis, BlockContext, DocumentContext, Language, ProseBlock, Report } from '../api';
import { hasLinkIn } from '../kinds/context';
import { dataNumber, formatMessage, type RuleData } from '../kinds/data';
import { mergeMatches, PatternEntries } from '../kinds/pattern-entries';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

/** One language's data: its marker, source and link-cue phrases and patterns, and its word counts. */
interface Lexicon {
  file: RuleData;
  index: PhraseIndex;
  /** Entries written as patterns (a pasting verb in any tense, an inserted adverb), if any. */
  patterns?: PatternEntries;
  minWords: number;
  reportWords: number;
  /** A paragraph after a passage with a link and at most this many other words is the passage's source line. */
  sourceLineWords: number;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  return {
    file,
    index: new PhraseIndex(file.entries),
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
    minWords: dataNumber(file, 'minWords', 1),
    reportWords: dataNumber(file, 'reportWords', 1),
    sourceLineWords: dataNumber(file, 'sourceLineWords', 0),
  };
}

const OPENING_QUOTE = /["“«]/g;
const QUOTE_STOP = /["”»\n]/g;

/**
 * Passages in quotation marks on one line, English or French (« … »): from an opening mark to
 * the first closing mark after it, with at least one character between and no line break.
 * What `/["“«]([^"”»\n]+)["”»]/g` finds, in one pass: the pattern rescanned the rest of the line
 * from each opening mark that no closing mark follows (`« « « …`), in quadratic time.
 */
function* quotedPassages(text: string): Generator<{ index: number; inner: string }> {
  let stop = -1;
  OPENING_QUOTE.lastIndex = 0;
  for (let open = OPENING_QUOTE.exec(text); open; open = OPENING_QUOTE.exec(text)) {
    // The first closing mark or line break after the opening mark; it only moves forward.
    if (stop <= open.index) {
      QUOTE_STOP.lastIndex = open.index + 1;
      stop = QUOTE_STOP.exec(text)?.index ?? text.length;
    }
    if (stop < text.length && text[stop] !== '\n' && stop > open.index + 1) {
      yield { index: open.index, inner: text.slice(open.index + 1, stop) };
      OPENING_QUOTE.lastIndex = stop + 1;
    }
  }
}

/** A pasted passage: where its first word starts (document offset) and which block it starts in. */
interface Passage {
  block: number;
  start: number;
  words: number;
}

const linked = (block: ProseBlock | undefined): boolean => block !== undefined && hasLinkIn(block, block.start, block.start + block.text.length);

/** `link-dont-copy`: someone else's text of about 60 words or more, pasted with no link to its source. */
export const pastedPassage: Detector = {
  name: 'pasted-passage',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkDocument: (context) => pastedPassageCheck(context, lexicons.get(context.language)),
    };
  },
};

/** Finds the pasted passages of a document. */
function pastedPassageCheck(context: DocumentContext, lexicon: Lexicon | undefined): Report[] {
  if (!lexicon) return [];
  const { file, index, patterns, minWords, reportWords, sourceLineWords } = lexicon;
  const { blocks } = context.prose;
  const { analyses } = context;
  const passages: Passage[] = [];
  const matches: PhraseMatch[][] = analyses.map((analysis, b) => {
    const phrases = index.match(analysis);
    if (!patterns) return phrases;
    const block: BlockContext = { block: blocks[b], analysis, language: context.language, format: context.format, settings: context.settings };
    return mergeMatches(phrases, patterns.match(block));
  });
  // A link after a passage is its source only when that paragraph says so ("Source: …", "Read it
  // on …") or is little more than the link; a link to something else ("the slides of her talk",
  // "our own summary") leaves the passage pasted.
  const linkedAfter = (b: number): boolean => {
    const block = blocks[b];
    if (!linked(block)) return false;
    if (matches[b].some((m) => m.entry.role === 'link-cue')) return true;
    const outside = analyses[b].words.filter((w) => !hasLinkIn(block, w.start, w.end));
    return outside.length <= sourceLineWords;
  };
  // An image (its masked paragraph, its alt text) between a passage and its source line is not a
  // paragraph of the post; between a cue and a passage it is skipped only when the cue ends with a
  // colon, so that it introduces what comes after the image ("… copied in full:", image, passage),
  // and "copy-paste it eight more times…", image, paragraph stays quiet.
  const image = (k: number): boolean => {
    const block = blocks[k];
    if (block.kind === 'alt') return true;
    return block.links.length === 0 && analyses[k].words.length === 0 &&
      context.prose.images.some((img) => img.start >= block.start && img.end <= block.start + block.text.length);
  };
  const introduces = (b: number): boolean => /:[\s\uFFFC*_]*$/.test(blocks[b].text);
  const next = (b: number): number => {
    let k = b + 1;
    while (k < blocks.length && image(k)) k++;
    return k;
  };
  /** The block a cue in block `b` introduces: the next one, or the next after images when `b` ends with a colon. */
  const introduced = (b: number): number => (introduces(b) ? next(b) : b + 1);
  /** The cue of a passage starting in block `b`: the block before it, or the one before its images if that ends with a colon. */
  const previous = (b: number): number => {
    let k = b - 1;
    while (k >= 0 && image(k)) k--;
    return k >= 0 && k < b - 1 && !introduces(k) ? b - 1 : k;
  };
  const hasMarker = (b: number, before = Infinity): boolean => matches[b]?.some((m) => m.entry.role === 'marker' && m.start < before) ?? false;
  // "Here is how the encyclopedia explains it:": a written source, in a sentence ending with a colon.
  const namesSource = (b: number): boolean => {
    const last = analyses[b]?.sentences.at(-1);
    return last !== undefined && /:\s*$/.test(blocks[b].text.slice(0, last.end - blocks[b].start)) &&
      matches[b].some((m) => m.entry.role === 'source' && m.start >= last.start);
  };
  // Block quotes: long, introduced as pasted, and no link in, just before or just after them.
  for (const quote of context.prose.quotes) {
    const inside = blocks.map((_, k) => k).filter((k) => blocks[k].start >= quote.start && blocks[k].start < quote.end);
    if (inside.length === 0 || quote.linked) continue;
    const intro = previous(inside[0]);
    const words = inside.reduce((sum, k) => sum + analyses[k].words.length, 0);
    if (words >= minWords && (hasMarker(intro) || namesSource(intro)) && !linked(blocks[intro]) && !linkedAfter(next(inside[inside.length - 1]))) {
      passages.push({ block: inside[0], start: analyses[inside[0]].words[0]?.start ?? quote.start, words });
    }
  }
  // Marker phrases: the rest of their paragraph, or the next paragraph, is the passage.
  blocks.forEach((block, b) => {
    const marker = matches[b].find((m) => m.entry.role === 'marker');
    if (!marker || linked(block)) return;
    const rest = analyses[b].words.filter((w) => w.sentence > analyses[b].words[marker.first].sentence);
    if (rest.length >= minWords) {
      if (!linkedAfter(next(b))) passages.push({ block: b, start: rest[0].start, words: rest.length });
      return;
    }
    const after = introduced(b);
    if (after < blocks.length && !linked(blocks[after]) && !linkedAfter(next(after)) && analyses[after].words.length >= minWords) {
      passages.push({ block: after, start: analyses[after].words[0].start, words: analyses[after].words.length });
    }
  });
  // Long passages in quotation marks, introduced as pasted, outside block quotes.
  blocks.forEach((block, b) => {
    if (block.quoted || linked(block) || linkedAfter(next(b))) return;
    // Passages come in order: the first word that may start in one is found from where the last search stopped.
    const { words: blockWords } = analyses[b];
    let first = 0;
    for (const match of quotedPassages(block.text)) {
      const start = block.start + match.index + 1;
      const intro = previous(b);
      const introduced = hasMarker(b, start) || (match.index === 0 && (hasMarker(intro) || namesSource(intro)));
      if (!introduced || (match.index === 0 && linked(blocks[intro]))) continue;
      while (first < blockWords.length && blockWords[first].start < start) first++;
      const words: typeof blockWords = [];
      for (let k = first; k < blockWords.length && blockWords[k].start < start + match.inner.length; k++) if (blockWords[k].end <= start + match.inner.length) words.push(blockWords[k]);
      if (words.length >= minWords) passages.push({ block: b, start: words[0].start, words: words.length });
    }
  });
  return passages.map((passage) => report(passage, analyses[passage.block], blocks[passage.block], reportWords, file.messages.default));
}

/** A finding on the passage's first words (in its first sentence). */
function report(passage: Passage, analysis: BlockAnalysis, block: ProseBlock, count: number, template: string): Report {
  const first = analysis.words.findIndex((w) => w.start >= passage.start);
  const words = analysis.words.slice(first, first + count).filter((w) => w.sentence === analysis.words[first].sentence);
  const end = words[words.length - 1].end;
  return { start: passage.start, end, message: formatMessage(template, { actual: block.text.slice(passage.start - block.start, end - block.start) }) };
}
