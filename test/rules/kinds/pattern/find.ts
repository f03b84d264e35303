/** Helpers for the pattern tests: words from real sentences, matches as the text they cover. */
import { compilePatterns, type PatternIndex, type PatternMatch } from '../../../../rules/kinds/pattern/pattern-index';
import { analyse } from '../../../../server/src/engine/analysis';
import type { Language } from '../../../../server/src/engine/types';
import { rangeOf } from '../../../helpers/rule-tester';

/** A match as a test compares it: rule, covered text and offsets. */
export interface Found {
  rule: string;
  text: string;
  start: number;
  end: number;
}

/** An index of one rule `r` with `patterns`, or of several rules given by id. */
export function compile(patterns: string | string[] | Record<string, string[]>, classes: Record<string, string[]> = {}, language: Language = 'en'): PatternIndex {
  const rules = typeof patterns === 'string' ? { r: [patterns] } : Array.isArray(patterns) ? { r: patterns } : patterns;
  return compilePatterns(Object.entries(rules).map(([id, list]) => ({ id, patterns: list })), classes, language);
}

/** The raw matches of `index` in `text`, parsed by the engine's analysis. */
export function matchesIn(index: PatternIndex, text: string, language: Language = index.language): PatternMatch[] {
  return index.match(analyse(text, 0, language).words, text);
}

/** The matches of `index` in `text`, as the text they cover. */
export function find(index: PatternIndex, text: string, language: Language = index.language): Found[] {
  return matchesIn(index, text, language).map((m) => ({ rule: m.ruleId, text: text.slice(m.start, m.end), start: m.start, end: m.end }));
}

/** The expected match of rule `rule` over the `nth` occurrence of `snippet` in `text`. */
export function at(text: string, snippet: string, rule = 'r', nth = 1): Found {
  return { rule, text: snippet, ...rangeOf(text, snippet, nth) };
}
