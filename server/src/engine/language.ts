/**
 * The language of a document, and of each of its blocks (issue 9). A document's language is,
 * in this order: its front matter's `lang:` (or `language:`), the explicit setting (CLI flag,
 * config file, editor setting), detection on its first few KB of prose, the pack's first
 * language. A block of {@link MIN_BLOCK_WORDS} words or more that is confidently in another of
 * the pack's languages (a French paragraph quoted in an English post) is linted in that
 * language by the block rules; shorter blocks follow the document.
 *
 * Detection is cached by text for the latest version, so that a keystroke re-detects only the
 * window or the block it changed.
 */
import { detectWindow, MIN_BLOCK_WORDS, MIN_WORDS, voteLanguage, type Detection } from './language-detection';
import { countWords, documentWindows, proseSample, SAMPLE_LENGTH, windowsOf } from './language-sample';
import { LanguageError, packLanguage, isSet } from './language-tags';
import type { ProseBlock, ProseDocument } from './prose';
import type { Language } from './types';

/** The share of a paragraph's words found in its post language's dictionary above which it is taken to be in that language. */
const PLAIN_SHARE = 0.9;

/** Runs of letters the quick check of a block reads: about a window's worth. */
const START_WORDS = 45;
const LETTERS = /\p{L}+/gu;

/**
 * A block whose words are at least this share in its document's language, and
 * {@link LIKELY_LEAD} more than in any other of the pack's languages, follows its document
 * without detection (names and terms keep many English paragraphs under {@link PLAIN_SHARE}).
 */
const LIKELY_SHARE = 0.6;
const LIKELY_LEAD = 0.3;

/** The share of `words` (lower case) that are in `dictionary`. */
function knownShare(words: readonly string[], dictionary: { has(word: string): boolean }): number {
  let known = 0;
  for (const word of words) if (dictionary.has(word)) known++;
  return words.length === 0 ? 0 : known / words.length;
}

/** Whether {@link PLAIN_SHARE} of `words` (lower case) are in `dictionary`. */
function mostlyKnown(words: readonly string[], dictionary: { has(word: string): boolean }): boolean {
  return knownShare(words, dictionary) >= PLAIN_SHARE;
}

/** How a document's language was decided. */
export type LanguageSource = 'front matter' | 'setting' | 'detected' | 'default';

/** A document's language and how it was decided. */
export interface DocumentLanguage {
  language: Language;
  source: LanguageSource;
}

/** The front matter's language tag and the key that holds it, if any. */
function frontmatterTag(prose: ProseDocument): { key: string; value: unknown } | undefined {
  for (const key of ['lang', 'language']) if (isSet(prose.frontmatter[key])) return { key, value: prose.frontmatter[key] };
  return undefined;
}

/** The `[start, end)` of the front matter line that sets `key`, for the error's diagnostic; the first line when not found. */
function keyLine(source: string, prose: ProseDocument, key: string): { start: number; end: number } {
  const front = source.slice(0, prose.bodyStart);
  const match = new RegExp(`^[ \\t]*${key}[ \\t]*:[^\\r\\n]*`, 'm').exec(front);
  if (!match) return { start: 0, end: front.search(/\r?\n|$/) };
  return { start: match.index, end: match.index + match[0].length };
}

/**
 * The language a document declares: its front matter's, else `setting`; undefined when
 * neither names one. Throws {@link LanguageError} when the front matter names a language that
 * `languages` (the pack's) lack.
 */
export function declaredLanguage(source: string, prose: ProseDocument, setting: Language | undefined, languages: readonly Language[]): DocumentLanguage | undefined {
  const tag = frontmatterTag(prose);
  if (tag) {
    const language = packLanguage(tag.value, languages);
    if (language) return { language, source: 'front matter' };
    const line = keyLine(source, prose, tag.key);
    throw new LanguageError(typeof tag.value === 'string' ? tag.value.trim() : JSON.stringify(tag.value), tag.key, languages, line.start, line.end);
  }
  return setting ? { language: setting, source: 'setting' } : undefined;
}

/** Detected languages of one document's texts, for its latest version. */
export class DocumentLanguages {
  private previous = new Map<string, Detection | undefined>();
  private current = new Map<string, Detection | undefined>();
  private previousBlocks = new Map<string, Language>();
  private currentBlocks = new Map<string, Language>();
  private readonly detect = (window: string): Detection | undefined => this.cached(window);

  /**
   * @param languages the pack's languages, first the one to fall back on.
   * @param detectOne detects one window of prose (tests count its calls).
   */
  constructor(
    private readonly languages: readonly Language[],
    private readonly detectOne: (window: string, languages: readonly Language[]) => Detection | undefined = detectWindow,
    private readonly dictionary?: (language: Language) => { has(word: string): boolean },
  ) {}

  /** The language of a document (see the module comment). Throws {@link LanguageError} for a front-matter language the pack lacks. */
  document(source: string, prose: ProseDocument, setting: Language | undefined): DocumentLanguage {
    const declared = declaredLanguage(source, prose, setting, this.languages);
    if (declared) return declared;
    // Quotes are often someone else's words, in another language: the author's own prose decides, when there is enough of it.
    let windows = documentWindows(prose.blocks, SAMPLE_LENGTH, (block) => !block.quoted);
    if (countWords(windows.join(' ')) < MIN_WORDS) windows = documentWindows(prose.blocks, SAMPLE_LENGTH);
    const detected = this.plainLanguage(windows.join(' ')) ?? voteLanguage(windows, this.languages, this.detect);
    return detected ? { language: detected, source: 'detected' } : { language: this.languages[0], source: 'default' };
  }

  /**
   * The language `block` is linted in by block rules: its own when it has one, else
   * `documentLanguage`. Cached by the block's text and the document's language, so that a
   * keystroke costs neither the dictionary check nor detection for unchanged blocks.
   */
  block(block: ProseBlock, documentLanguage: Language): Language {
    if (this.languages.length === 1) return documentLanguage;
    const key = `${documentLanguage}\n${block.text}`;
    let language = this.currentBlocks.get(key) ?? this.previousBlocks.get(key);
    if (language === undefined) {
      if (this.followsDocument(block.text, documentLanguage)) {
        language = documentLanguage;
      } else {
        const window = firstWindow(block.text);
        language = (window && !this.plainly(window, documentLanguage) && this.windowLanguage(window)) || documentLanguage;
      }
    }
    this.currentBlocks.set(key, language);
    return language;
  }

  /**
   * Whether the words of a block's first window are nearly all words of `language`'s dictionary:
   * then it is in that language and franc need not run. Detection was 7 % of a corpus lint,
   * nearly all of it on paragraphs in their post's own language; a French paragraph in an
   * English post has a third of its words or fewer in the English list, never nine tenths.
   */
  private plainly(window: string, language: Language): boolean {
    const words = this.dictionary ? window.toLowerCase().match(LETTERS) : null;
    return words !== null && words.length >= MIN_BLOCK_WORDS && mostlyKnown(words, this.dictionary!(language));
  }

  /**
   * The one pack language whose dictionary holds nearly all the words of a document's sample,
   * if there is one: franc need not run (it was a third of detection's cost on the corpus).
   */
  private plainLanguage(sample: string): Language | undefined {
    if (!this.dictionary || this.languages.length === 1) return undefined;
    const words = sample.toLowerCase().match(LETTERS);
    if (!words || words.length < MIN_BLOCK_WORDS) return undefined;
    const plain = this.languages.filter((language) => mostlyKnown(words, this.dictionary!(language)));
    return plain.length === 1 ? plain[0] : undefined;
  }

  /**
   * Whether a block plainly follows its document's language, decided from its first
   * {@link START_WORDS} runs of letters without cutting its prose sample: it has fewer than
   * {@link MIN_BLOCK_WORDS} of them (so fewer prose words), or nearly all are `language`'s
   * words. Nine blocks in ten of a corpus lint end here; the others take the full path.
   */
  private followsDocument(text: string, language: Language): boolean {
    if (!this.dictionary) return false;
    const words: string[] = [];
    LETTERS.lastIndex = 0;
    for (let match = LETTERS.exec(text); match && words.length < START_WORDS; match = LETTERS.exec(text)) words.push(match[0].toLowerCase());
    if (words.length < MIN_BLOCK_WORDS) return true;
    const share = knownShare(words, this.dictionary(language));
    if (share >= PLAIN_SHARE) return true;
    // Clearly ahead of every other language: franc would only confirm it.
    return share >= LIKELY_SHARE && this.languages.every((other) => other === language || knownShare(words, this.dictionary!(other)) + LIKELY_LEAD <= share);
  }

  /** The language of `block` if it is long ({@link MIN_BLOCK_WORDS}) and confidently in it, whatever its document's. */
  ownLanguage(block: ProseBlock): Language | undefined {
    const window = firstWindow(block.text);
    return window === undefined ? undefined : this.windowLanguage(window);
  }

  /** Ends a version: only the texts of this version stay cached. */
  commit(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousBlocks = this.currentBlocks;
    this.currentBlocks = new Map();
  }

  private windowLanguage(window: string): Language | undefined {
    return voteLanguage([window], this.languages, this.detect);
  }

  private cached(window: string): Detection | undefined {
    if (this.current.has(window)) return this.current.get(window);
    const found = this.previous.has(window) ? this.previous.get(window) : this.detectOne(window, this.languages);
    this.current.set(window, found);
    return found;
  }
}

/**
 * A long block's first window of prose, which alone decides its language (the cost of a fresh
 * lint grows with the number of blocks, not their length); undefined for a block under
 * {@link MIN_BLOCK_WORDS} words.
 */
function firstWindow(text: string): string | undefined {
  const sample = proseSample(text);
  return countWords(sample) < MIN_BLOCK_WORDS ? undefined : windowsOf(sample)[0];
}
