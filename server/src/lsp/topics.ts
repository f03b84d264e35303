/**
 * What a post is about, as far as the guidelines care, found without any rule firing:
 * it names the organisation (→ as-yourself), it has images (→ intellectual-property and
 * accessibility), it names products or companies (→ endorsement). Deliberately simple and
 * explainable, since the guidelines view shows the evidence:
 * - organisation: one of its names as a whole word, case as written (`CERN`, not `cern`);
 * - images: Markdown `![…](…)` or `![…][…]`, an HTML `<img`, or a link to a .png/.jpg/.gif/.webp/.svg file;
 * - products: a capitalised name directly followed by ™ or ®, or one of a few words
 *   (app, software, startup, product, brand …; French: application, logiciel, produit, marque …).
 */
import { runStartBefore } from '../engine/edges';
import type { Language } from '../engine/types';

/** Why a topic makes a guideline relevant. */
export type TopicKind = 'organisation' | 'images' | 'products';

/** A topic found in the text, with the first piece of evidence and where it is. */
export interface Topic {
  kind: TopicKind;
  evidence: string;
  start: number;
  end: number;
}

/** The guidelines each topic makes relevant, ids of the default pack (public interface). */
export const TOPIC_GUIDELINES: Readonly<Record<TopicKind, readonly string[]>> = {
  organisation: ['as-yourself'],
  images: ['intellectual-property', 'accessibility'],
  products: ['endorsement'],
};

// A file name from the start of its run only: tried inside a long run with no `.png`, it would rescan the run from each character.
const IMAGE = /!\[[^\]\r\n]*\]\s?[([]|<img\b|(?<![^\s()<>"'])[^\s()<>"']+\.(?:png|jpe?g|gif|webp|svg)\b/i;

/** Something with `exec` as a pattern has, returning the match's index and text. */
interface Finder {
  exec(text: string): { index: number; 0: string } | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
const MARK = /[™®]/g;

/**
 * A name in capitalised words before a trade mark sign (`Acme Rocket™`, `Widget ®`): the first
 * match of `/\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)* ?[™®]/u`, found from each sign
 * backwards, word by word. The pattern itself rescanned a long run of capitalised words with no
 * sign after it from each of its words, in quadratic time (issue 12).
 */
const TRADEMARK: Finder = {
  exec(text) {
    MARK.lastIndex = 0;
    for (let mark = MARK.exec(text); mark; mark = MARK.exec(text)) {
      let end = mark.index > 0 && text[mark.index - 1] === ' ' ? mark.index - 1 : mark.index;
      let start = -1;
      for (;;) {
        const runStart = runStartBefore(text, LETTER_OR_DIGIT, end);
        if (runStart === end) break;
        // The first capital of the run: a match may start inside a word (`xAcme™` gives `Acme™`), the words after it start with one.
        let capital = -1;
        for (let i = runStart; i < end; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
          if (CAPITAL.test(String.fromCodePoint(text.codePointAt(i) ?? 0))) {
            capital = i;
            break;
          }
        }
        if (capital < 0) break;
        start = capital;
        if (capital !== runStart || runStart < 2 || text[runStart - 1] !== ' ') break;
        end = runStart - 1;
      }
      if (start >= 0) return { index: start, 0: text.slice(start, mark.index + 1) };
    }
    return null;
  },
};
const PRODUCT_WORDS: Record<Language, readonly string[]> = {
  en: ['app', 'apps', 'software', 'startup', 'start-up', 'product', 'products', 'brand', 'brands', 'sponsored'],
  fr: ['application', 'applications', 'appli', 'logiciel', 'logiciels', 'start-up', 'startup', 'produit', 'produits', 'marque', 'marques', 'sponsorisé'],
};

/** The topics of `text` (offsets relative to `text`), at most one of each kind. */
export function detectTopics(text: string, language: Language, organisation: readonly string[]): Topic[] {
  const topics: Topic[] = [];
  const add = (kind: TopicKind, match: { index: number; text: string } | undefined): void => {
    if (match) topics.push({ kind, evidence: match.text, start: match.index, end: match.index + match.text.length });
  };
  add('organisation', firstOf(organisation.map((name) => wholeWord(name, 'u')), text));
  add('images', firstOf([IMAGE], text));
  add('products', firstOf([TRADEMARK, ...PRODUCT_WORDS[language].map((word) => wholeWord(word, 'iu'))], text));
  return topics;
}

/** `word` as a whole word: not inside a longer word, whatever the script. */
function wholeWord(word: string, flags: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, flags);
}

/** The earliest match of any of `patterns` in `text`. */
function firstOf(patterns: Finder[], text: string): { index: number; text: string } | undefined {
  let best: { index: number; text: string } | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.index)) best = { index: match.index, text: match[0] };
  }
  return best;
}
