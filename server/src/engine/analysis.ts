/**
 * Block analysis: a block's masked text parsed to nlcst (retext-english, or retext-latin for
 * French) with URLs and @mentions as source nodes, and its sentences and words as flat
 * lists with document offsets, which is what most rules need.
 */
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import retextSyntaxMentions from 'retext-syntax-mentions';
import retextSyntaxUrls from 'retext-syntax-urls';
import { unified } from 'unified';
import type { Language } from './types';

/** A word with its document offsets and its normal form (lower case, straight apostrophes). */
export interface Word {
  text: string;
  normal: string;
  start: number;
  end: number;
  /** Index of the word's sentence in {@link BlockAnalysis.sentences}. */
  sentence: number;
}

/** A sentence with its document offsets and its words in order. */
export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

/** What rules get for a block besides its text. `tree` offsets are relative to the block. */
export interface BlockAnalysis {
  tree: NlcstRoot;
  sentences: Sentence[];
  words: Word[];
}

const processors = {
  en: unified().use(retextEnglish).use(retextSyntaxUrls).use(retextSyntaxMentions).freeze(),
  fr: unified().use(retextLatin).use(retextSyntaxUrls).use(retextSyntaxMentions).freeze(),
};

/** Lower-cases and straightens apostrophes, so that data files can spell phrases one way. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ‘]/g, "'");
}

/** Parses `text` (a block starting at document offset `offset`) and lists its sentences and words. */
export function analyse(text: string, offset: number, language: Language): BlockAnalysis {
  const processor = processors[language];
  const tree = processor.runSync(processor.parse(text)) as NlcstRoot;
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const entry = toSentence(sentence, offset, sentences.length);
      sentences.push(entry);
      for (const word of entry.words) words.push(word);
    }
  }
  return { tree, sentences, words };
}

function toSentence(sentence: NlcstSentence, offset: number, index: number): Sentence {
  const words: Word[] = [];
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const text = toString(child);
    const start = offset + (child.position?.start.offset ?? 0);
    words.push({ text, normal: normalizeWord(text), start, end: start + text.length, sentence: index });
  }
  return {
    start: offset + (sentence.position?.start.offset ?? 0),
    end: offset + (sentence.position?.end.offset ?? 0),
    words,
  };
}
