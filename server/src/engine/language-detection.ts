/**
 * Offline language detection, restricted to the pack's languages: franc-min (trigram
 * profiles, 170 KB bundled) with `only`. eld was measured against it and is more accurate on
 * very short texts, but adds 950 KB to each bundle and 85 MB to each V8 heap
 * (test/bench/language-detection.ts prints the figures).
 *
 * franc's margin between the first and second language shrinks as a text grows, so it is
 * computed on windows of 280 characters (language-sample.ts), where the bench measured it, and
 * a longer text is the weighted vote of its windows.
 */
import { francAll } from 'franc-min';
import { countWords, windowsOf } from './language-sample';
import type { Language } from './types';

/**
 * A language is taken only when it beats the next one by this margin (franc's normalised
 * score, on a window). On 163 labelled posts and 190 real posts cut to 280 characters, every
 * French text scored at least 0.115 and no English text more than 0.044 towards French:
 * 0.08 sits in the middle of that gap.
 */
export const MIN_MARGIN = 0.08;

/**
 * Below this many words a text needs {@link SHORT_MARGIN}: franc-min is unreliable on a few
 * words ("About me. I work on detectors." scores 0.14 towards French). On first words cut from
 * the same texts, franc-min was wrong on 3.5 % of 5–7-word pieces and 1.3 % of 8–11-word
 * pieces at a 0.08 margin, 1.6 % and 0.7 % at 0.2, and 0.5 % of 12–19-word pieces at 0.08.
 */
export const SHORT_WORDS = 12;

/** The margin a text of fewer than {@link SHORT_WORDS} words needs. */
export const SHORT_MARGIN = 0.2;

/** Fewer words than this are no evidence (9 % wrong at 3–4 words): such a post keeps the pack's first language. */
export const MIN_WORDS = 5;

/** A block is linted in its own language from this many words on (about two sentences); shorter blocks follow the document. */
export const MIN_BLOCK_WORDS = 25;

/** franc's ISO 639-3 codes of the engine's languages. */
const FRANC_CODES: Record<Language, string> = { en: 'eng', fr: 'fra' };

/** What detection found in a text: the language, its lead over the next one, and how many characters voted. */
export interface Detection {
  language: Language;
  margin: number;
  chars: number;
}

/** The language of one window of prose among `languages`, or undefined when franc names none. */
export function detectWindow(window: string, languages: readonly Language[]): Detection | undefined {
  const only = languages.map((l) => FRANC_CODES[l]);
  const [first, second] = francAll(window, { only, minLength: 1 });
  const language = languages.find((l) => FRANC_CODES[l] === first[0]);
  if (!language) return undefined;
  return { language, margin: second ? 1 - second[1] : 1, chars: window.length };
}

/** Detects one window; a cache may stand in front of {@link detectWindow}. */
export type WindowDetector = (window: string) => Detection | undefined;

/**
 * The language of `sample` (prose, see language-sample.ts) among `languages` when detection is
 * confident, else undefined: see {@link voteLanguage}.
 */
export function detectLanguage(sample: string, languages: readonly Language[], detect?: WindowDetector): Language | undefined {
  return voteLanguage(windowsOf(sample), languages, detect);
}

/**
 * The language `windows` of prose vote for among `languages` when it is confident, else
 * undefined: fewer than {@link MIN_WORDS} words in all, or no language ahead by
 * {@link MIN_MARGIN} ({@link SHORT_MARGIN} for a short text). Each window votes for its
 * language with its margin, weighted by its length.
 */
export function voteLanguage(
  windows: readonly string[],
  languages: readonly Language[],
  detect: WindowDetector = (window) => detectWindow(window, languages),
): Language | undefined {
  if (languages.length === 1) return languages[0];
  let words = 0;
  for (const window of windows) words += countWords(window);
  if (words < MIN_WORDS) return undefined;
  const margin = words < SHORT_WORDS ? SHORT_MARGIN : MIN_MARGIN;
  const votes = new Map<Language, number>();
  let total = 0;
  for (const window of windows) {
    const found = detect(window);
    total += window.length;
    if (found) votes.set(found.language, (votes.get(found.language) ?? 0) + found.margin * found.chars);
  }
  const [best, runnerUp = 0] = [...votes.values()].sort((a, b) => b - a);
  if (best === undefined || total === 0 || (best - runnerUp) / total < margin) return undefined;
  return [...votes.entries()].find(([, score]) => score === best)![0];
}
