/** Regular expressions over a block's masked text, with document offsets, for detectors. Each must run in linear time (no nested quantifiers). */
import type { ProseBlock } from '../api';
import { dataStrings, type RuleData } from './data';
import { fixTitle } from './fix-titles';

/** `text` with the characters that mean something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A data word or phrase as a pattern: escaped, any white space for a space, either apostrophe for one. */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/ /g, '\\s+').replace(/'/g, "['’]");
}

/** A pattern match in document offsets. */
export interface PatternMatch {
  text: string;
  start: number;
  end: number;
  groups: (string | undefined)[];
}

/** Every match of `pattern` (which must have the `g` flag) in `block`'s prose. */
export function matchPattern(block: ProseBlock, pattern: RegExp): PatternMatch[] {
  if (!pattern.global) throw new Error(`pattern ${pattern} needs the g flag`);
  const matches: PatternMatch[] = [];
  for (const match of block.text.matchAll(pattern)) {
    if (match[0] === '') continue;
    const start = block.start + match.index;
    matches.push({ text: match[0], start, end: start + match[0].length, groups: match.slice(1) });
  }
  return matches;
}

/** A redaction fix for `[start, end)` (rules/kinds/redaction.ts gives a section's text and title). */
export function redactFix(start: number, end: number, replacement = '[redacted]', title = fixTitle('redact', 'en')) {
  return { title, edits: [{ start, end, text: replacement }] };
}

/**
 * Optional adverbs after the copula (`c'est toujours 2718`, `is still 4512`): the section's
 * `copulaAdverbs`, or nothing when it has none.
 */
export function adverbsOf(file: RuleData): string {
  const adverbs = dataStrings(file, 'copulaAdverbs');
  return adverbs.length ? `(?:\\s+(?:${adverbs.map(wordPattern).sort((a, b) => b.length - a.length).join('|')}))?` : '';
}
