/**
 * Word forms that the pattern language compares. One function serves text words and pattern
 * literals alike, so that a communications team can write a word the way it is written in a
 * post (`CERN’s`, `l’abruti`) and still match every spelling the tokeniser produces.
 */
import type { Stemmer } from 'snowball-stemmers';
import { trimEdges, type Language } from '../../api';
import normalisation from './normalisation.yml';

// The engine's normalizeWord straightens these three; so do we (analysis.ts).
const APOSTROPHES = /[’ʼ‘]/g;
// Hyphen and non-breaking hyphen (U+2010, U+2011) as the ASCII hyphen-minus writers type.
const HYPHENS = /[\u2010\u2011]/g;
// Leading and trailing punctuation (trimmed by a loop, edges.ts): retext sometimes leaves a quote or a full stop attached
// (`ʼmodifierʼ`, `abruti.` after a stray space), and `physicists'` ends with one.
const EDGE = /[^\p{L}\p{N}\p{M}]/u;
// The word lists are data (normalisation.yml), compiled in at build time.
const lists = normalisation as { en: { contractions: string[]; detached: string[] }; fr: { elisions: string[] } };
const CONTRACTIONS = new Set(lists.en.contractions);
const DETACHED_POSSESSIVE = new Set(lists.en.detached);
const DETACHED_ELISIONS = new Set(lists.fr.elisions);
// Longest first, so that `jusqu'` is stripped whole rather than as `qu'`.
const ELISION = new RegExp(`^(?:${[...lists.fr.elisions].sort((a, b) => b.length - a.length).join('|')})'(?=[\\p{L}\\p{N}])`, 'u');

/**
 * The form a word is compared by: lower case, NFC, straight apostrophes, no edge punctuation;
 * in English without a possessive `'s`, in French without a leading elision (`l'`, `qu'` …).
 */
export function normalForm(word: string, language: Language): string {
  let form = word.toLowerCase();
  // Most words are ASCII: skip NFC and the replacements for them.
  if (/[^\x00-\x7f]/.test(form)) form = form.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
  form = trimEdges(form, EDGE);
  if (language === 'en') {
    if (form.length > 2 && form.endsWith("'s") && !CONTRACTIONS.has(form)) form = form.slice(0, -2);
  } else {
    form = form.replace(ELISION, '');
  }
  return form;
}

/**
 * The leading elision of a word in a language that has them, without its apostrophe (`qu` of
 * `qu’il`, `l` of `L'abruti`), or `''`. The matcher gives it a position of its own before the
 * word, as if the tokeniser had split it off, so that a pattern can ask for it (`paraît qu'`).
 */
export function elisionOf(word: string, language: Language): string {
  if (language === 'en' || !/['’ʼ‘]/.test(word)) return '';
  const form = trimEdges(word.toLowerCase().normalize('NFC').replace(APOSTROPHES, "'"), EDGE);
  const elision = ELISION.exec(form);
  return elision ? elision[0].slice(0, -1) : '';
}

/**
 * Whether a word is an elision that the tokeniser split from its word (French `l' abruti`
 * gives `l`, English `CERN ’s` gives `s`), or nothing but punctuation: the matcher may step
 * over it.
 */
export function isDetached(form: string, language: Language): boolean {
  if (form === '') return true;
  return language === 'en' ? DETACHED_POSSESSIVE.has(form) : DETACHED_ELISIONS.has(form);
}

const stemmers = new Map<Language, Stemmer>();

/** The Snowball stem of a normal form, in the pack's language. */
export function stemOf(form: string, language: Language): string {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    // snowball-stemmers is one 870 KB file with every language: loaded on the first stem,
    // not at start-up, so the server answers `initialize` without paying for it (bench row f).
    const { newStemmer } = require('snowball-stemmers') as typeof import('snowball-stemmers');
    stemmer = newStemmer(language === 'en' ? 'english' : 'french');
    stemmers.set(language, stemmer);
  }
  return stemmer.stem(form);
}

/** What the matcher needs of one text word. */
export interface WordForm {
  form: string;
  /** Empty when the pack uses no stems. */
  stem: string;
  detached: boolean;
  /** The word's leading elision (see {@link elisionOf}), or `''`. */
  elision: string;
}

/**
 * Word forms by the engine's `normal`, kept across calls: posts repeat their words, and
 * stemming is the costliest step of a match. Cleared when full, so memory stays bounded.
 */
export class FormCache {
  private readonly forms = new Map<string, WordForm>();
  private static readonly instances = new Map<string, FormCache>();

  /**
   * One cache per language (and stem use) for every index: all pattern rules of a pack see
   * the same words, so each word is normalised and stemmed once, not once per rule.
   */
  static shared(language: Language, withStems: boolean): FormCache {
    const key = `${language}:${withStems}`;
    let cache = FormCache.instances.get(key);
    if (!cache) FormCache.instances.set(key, (cache = new FormCache(language, withStems)));
    return cache;
  }

  /**
   * The first three letters (two for a two-letter stem) of every stem some index compares
   * with. Snowball stemmers strip endings, so a word whose first letters start no such stem
   * cannot have one of them as its stem, and is not stemmed at all: most words of a post never are.
   */
  private readonly prefixes = new Set<string>();
  private shortPrefixes = false;
  /** A stem of one letter defeats the prefix test: then every word is stemmed. */
  private stemAll = false;

  constructor(private readonly language: Language, private readonly withStems: boolean, private readonly limit = 60_000) {}

  /** Registers the stems an index compares with; forms cached without those stems are forgotten. */
  allowStems(stems: Iterable<string>): void {
    let added = false;
    for (const stem of stems) {
      const prefix = stem.toLowerCase().slice(0, 3);
      if (prefix.length < 2) this.stemAll = true;
      if (prefix.length === 2) this.shortPrefixes = true;
      if (!this.prefixes.has(prefix)) (this.prefixes.add(prefix), (added = true));
    }
    if (added) this.forms.clear();
  }

  /** The forms of a word given its engine `normal` (or its text). */
  get(normal: string): WordForm {
    let entry = this.forms.get(normal);
    if (entry) return entry;
    const form = normalForm(normal, this.language);
    const stemmed = this.withStems && (this.stemAll || this.prefixes.has(form.slice(0, 3)) || (this.shortPrefixes && this.prefixes.has(form.slice(0, 2))));
    entry = { form, stem: stemmed ? stemOf(form, this.language) : '', detached: isDetached(form, this.language), elision: elisionOf(normal, this.language) };
    if (this.forms.size >= this.limit) this.forms.clear();
    this.forms.set(normal, entry);
    return entry;
  }
}
