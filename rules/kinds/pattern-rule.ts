/**
 * The pattern kind: entries whose `patterns` (rules/kinds/pattern/README.md) describe the ways
 * people phrase one problem ("a management role, an optional copula and intensifier, then a
 * negative judgement"), with the pack's word classes. `unless` patterns found in the same
 * sentence keep a match quiet (a quoted mention, an explained guideline, a lifted embargo).
 * Text in block quotes is someone else's words and is not checked. The message may name
 * captures (`{target}`, `{judgement}`) besides `{actual}`; the hover shows what matched.
 */
import type { BlockContext, Language, Report, Rule } from '../api';
import { Reader } from '../pack/read';
import type { PackResources, RuleSpec } from '../pack/spec';
import { formatMessage, type Entry, type RuleData } from './data';
import { compilePatterns, PatternSyntaxError } from './pattern/pattern-index';
import { SharedPatterns, UNLESS } from './pattern/shared-index';
import { parsePattern } from './pattern/syntax';
import { replaceFix } from './fix-titles';

function patternsOf(data: RuleData, entry: Entry, index: number, key: 'patterns' | 'unless'): string[] {
  const read = new Reader(data.file);
  const value = entry[key];
  if (value === undefined && key === 'unless') return [];
  const patterns = read.strings(value, [...data.path, 'entries', index, key]);
  if (key === 'patterns' && patterns.length === 0) read.fail([...data.path, 'entries', index, 'patterns'], 'a pattern entry needs at least one pattern');
  return patterns;
}

/** Compiles one rule's section on its own, so that a workspace's pack reports a broken class or pattern when it loads. */
function checkCompiles(data: RuleData, classes: Record<string, string[]>, language: Language): void {
  for (const key of ['patterns', 'unless'] as const) {
    const rules = data.entries.map((entry, i) => ({ id: entry.id, patterns: patternsOf(data, entry, i, key) }));
    try {
      compilePatterns(rules, classes, language);
    } catch (error) {
      if (error instanceof PatternSyntaxError) new Reader(data.file).fail([...data.path, 'entries'], error.message);
      throw error;
    }
  }
}

/** Parses every pattern of a section without compiling it, so that a syntax error is reported when the pack loads. */
function checkSyntax(data: RuleData, classes: Record<string, string[]>, language: Language): void {
  const names = new Set(Object.keys(classes));
  for (const [i, entry] of data.entries.entries()) {
    for (const key of ['patterns', 'unless'] as const) {
      for (const [k, source] of patternsOf(data, entry, i, key).entries()) {
        try {
          parsePattern(source, { language, classes: names, origin: `pattern ${k + 1} of entry \`${entry.id}\`` });
        } catch (error) {
          if (error instanceof PatternSyntaxError) new Reader(data.file).fail([...data.path, 'entries', i, key, k], error.message);
          throw error;
        }
      }
    }
  }
}

/**
 * Compiles a pattern rule: registers its patterns in the pack's shared index
 * (./pattern/shared-index.ts), where each block is matched once for every user. Entry ids are
 * the rule's; `unless` patterns are entries of their own.
 */
export function patternKind(spec: RuleSpec, resources: PackResources): Rule {
  const owners = new Map<Language, { patterns: SharedPatterns; owner: string }>();
  const entries = new Map<Language, Map<string, Entry>>();
  for (const [language, data] of Object.entries(spec.data) as [Language, RuleData][]) {
    const classes = resources.classes[language] ?? {};
    // A workspace's pack is checked whole when it loads. The bundled default pack is checked by
    // the test suite (every example, every language) and compiles each language on first use.
    if (resources.eager) (checkSyntax(data, classes, language), checkCompiles(data, classes, language));
    const rules = data.entries.flatMap((entry, i) => {
      const unless = patternsOf(data, entry, i, 'unless');
      return [{ id: entry.id, patterns: patternsOf(data, entry, i, 'patterns') }, ...(unless.length ? [{ id: entry.id + UNLESS, patterns: unless }] : [])];
    });
    const patterns = SharedPatterns.of(classes, language);
    owners.set(language, { patterns, owner: patterns.register(rules) });
    entries.set(language, new Map(data.entries.map((e) => [e.id, e])));
  }
  return {
    meta: spec.meta,
    checkBlock: function patternCheck(context: BlockContext): Report[] {
      const data = spec.data[context.language];
      const byId = entries.get(context.language);
      const shared = owners.get(context.language);
      if (!data || !byId || !shared || context.block.quoted) return [];
      const { words } = context.analysis;
      const mine = shared.patterns.matchesOf(shared.owner, words);
      if (mine.length === 0) return [];
      const quiet = new Set(mine.filter((m) => m.ruleId.endsWith(UNLESS)).map((m) => `${m.ruleId.slice(0, -UNLESS.length)}\n${words[m.first].sentence}`));
      const text = (start: number, end: number) => context.block.text.slice(start - context.block.start, end - context.block.start);
      const reports: Report[] = [];
      for (const match of mine) {
        const id = match.ruleId;
        if (id.endsWith(UNLESS) || quiet.has(`${id}\n${words[match.first].sentence}`)) continue;
        const entry = byId.get(id)!;
        const actual = text(match.start, match.end);
        const matched = Object.fromEntries(Object.entries(match.captures).map(([name, span]) => [name, text(span.start, span.end)]));
        const expected = entry.expected;
        reports.push({
          start: match.start,
          end: match.end,
          message: formatMessage(data.messages[entry.message], { ...matched, actual, expected: expected[0] ?? '' }),
          matched,
          expected,
          fixes: spec.meta.fix === 'none' ? [] : expected.map((replacement) => replaceFix(context.language, match.start, match.end, replacement)),
        });
      }
      return reports;
    },
  };
}
