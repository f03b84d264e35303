/**
 * Block analysis: a block's masked text parsed to nlcst (retext-english, or retext-latin for
 * French) with URLs and @mentions as source nodes, and its sentences and words as flat
 * lists with document offsets, which is what most rules need.
 */
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { mergeMentions } from './mentions';
import { syntaxUrls } from './syntax-urls';
import type { Language } from './types';

/**
 * Where a block starts in the document. Words and sentences keep offsets relative to it, so
 * that a block that moved (text inserted above it) is moved by setting one number.
 */
export interface Origin {
  offset: number;
}

/** A word with its document offsets and its normal form (lower case, straight apostrophes). */
export class Word {
  constructor(
    private readonly origin: Origin,
    /** The word as written. */
    readonly text: string,
    /** Lower-cased, straight apostrophes. */
    readonly normal: string,
    private readonly relativeStart: number,
    /** Index of the word's sentence in {@link BlockAnalysis.sentences}. */
    readonly sentence: number,
  ) {}

  /** Document offset of the first character. */
  get start(): number {
    return this.origin.offset + this.relativeStart;
  }

  /** Document offset after the last character. */
  get end(): number {
    return this.origin.offset + this.relativeStart + this.text.length;
  }
}

/** A sentence with its document offsets and its words in order. */
export class Sentence {
  readonly words: Word[] = [];

  constructor(private readonly origin: Origin, private readonly relativeStart: number, private readonly relativeEnd: number) {}

  /** Document offset of the first character. */
  get start(): number {
    return this.origin.offset + this.relativeStart;
  }

  /** Document offset after the last character. */
  get end(): number {
    return this.origin.offset + this.relativeEnd;
  }
}

/** What rules get for a block besides its text. `tree` offsets are relative to the block. */
export interface BlockAnalysis {
  tree: NlcstRoot;
  sentences: Sentence[];
  words: Word[];
  /** The block's start; the engine moves it when the block moves. */
  origin: Origin;
}

// URLs are merged by a parser extension (syntax-urls.ts: retext-syntax-urls with two bugs
// fixed); @mentions by a pass over the tree (mentions.ts: the rule of retext-syntax-mentions,
// in linear time), for nothing in a block without an `@`: such blocks skip it (it walks every
// node, 6 % of a corpus lint).
const parsers = {
  en: unified().use(retextEnglish).use(syntaxUrls).freeze(),
  fr: unified().use(retextLatin).use(syntaxUrls).freeze(),
};

/** Lower-cases and straightens apostrophes, so that data files can spell phrases one way. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ‘]/g, "'");
}

/** Parses `text` (a block starting at document offset `offset`) and lists its sentences and words. */
export function analyse(text: string, offset: number, language: Language): BlockAnalysis {
  const tree = parsers[language].parse(text) as NlcstRoot;
  if (text.includes('@')) mergeMentions(tree);
  const origin: Origin = { offset };
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const entry = toSentence(sentence, origin, sentences.length);
      sentences.push(entry);
      for (const word of entry.words) words.push(word);
    }
  }
  return { tree, sentences, words, origin };
}

function toSentence(sentence: NlcstSentence, origin: Origin, index: number): Sentence {
  const entry = new Sentence(origin, sentence.position?.start.offset ?? 0, sentence.position?.end.offset ?? 0);
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const text = toString(child);
    entry.words.push(new Word(origin, text, normalizeWord(text), child.position?.start.offset ?? 0, index));
  }
  return entry;
}
