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

const IMAGE = /!\[[^\]\r\n]*\]\s?[([]|<img\b|[^\s()<>"']+\.(?:png|jpe?g|gif|webp|svg)\b/i;
const TRADEMARK = /\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)* ?[™®]/u;
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
function firstOf(patterns: RegExp[], text: string): { index: number; text: string } | undefined {
  let best: { index: number; text: string } | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.index)) best = { index: match.index, text: match[0] };
  }
  return best;
}
