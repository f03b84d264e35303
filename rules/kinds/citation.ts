/**
 * Citation detection for claim rules: does a sentence carry a source? A claim backed by a
 * link or a reference in the same sentence is a hard negative of the `correct` guideline
 * (eval-dev README: "a claim with a link or citation in the same sentence").
 */
import { MASK, type ProseBlock } from '../api';
import { hasLinkIn } from './context';

/** A masked run this long is a URL or a long code span; either way the author pointed somewhere. */
const MASKED_RUN = new RegExp(`${MASK}{8}`);

/**
 * Reference forms, each linear (single character classes, no nested quantifiers):
 * author–year "(Smith et al. 2020)", "et al. (2020)", numbered "[1]", "[2, 3]", identifiers
 * (arXiv, DOI, ISBN, PMID), "(see …)" / "(voir …)", "see our report", "(source: …)", "source:", "according to X (…)".
 */
const CITATION_PATTERNS: readonly RegExp[] = [
  /\(\s?\p{Lu}[\p{L}'’-]+(?: et al\.?| (?:and|&) \p{Lu}[\p{L}'’-]+)?,? (?:1[89]|20)\d\d[a-z]?\s?[);,]/u,
  /\bet al\.?,? \(?(?:1[89]|20)\d\d/,
  /\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]/,
  /\b(?:arxiv:\s?\d|doi:\s?10\.|doi\.org\/|isbn(?:-1[03])?:?\s?\d|pmid:\s?\d)/i,
  /\((?:see|source|sources|via|cf\.|ref\.|reference|references|voir)\b[^)]{0,200}\)/i,
  /\b(?:source|sources|reference|references)\s?:/i,
  /\bsee (?:the|our|their|this|my|his|her)\b[^.;()]{0,60}\b(?:report|paper|papers|study|studies|review|article|survey|thread|page|faq|publication|preprint|note)\b/i,
  /\b(?:according to|selon|d'après)\b[^.()]{1,80}\(/i,
];

/** True when `text` (one sentence) contains a reference form. */
export function hasReference(text: string): boolean {
  return CITATION_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * True when the range `[start, end)` of `block` (document offsets, usually a sentence) carries a
 * source: a link or bare URL inside it, a long masked run, or a written reference.
 */
export function hasCitation(block: ProseBlock, start: number, end: number): boolean {
  if (hasLinkIn(block, start, end)) return true;
  const text = block.text.slice(start - block.start, end - block.start);
  return MASKED_RUN.test(text) || hasReference(text);
}
