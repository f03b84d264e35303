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
import { compilePatterns, PatternSyntaxError, type PatternIndex, type PatternMatch, type PatternRule } from './pattern/pattern-index';
import { parsePattern } from './pattern/syntax';
import { replaceFix } from './fix-titles';

/**
 * All pattern rules of a pack share one index per language ("all patterns of a pack compile
 * into one index"), built when the first block needs it; each block is matched once, and each
 * rule takes its own matches. Entry ids are prefixed with the rule id; `unless` patterns are
 * entries of their own.
 */
interface PackPatterns {
  rules: Map<Language, PatternRule[]>;
  indexes: Map<Language, PatternIndex>;
  /** Per block (its words array, kept by the block cache), the matches of every pattern rule. */
  matches: Map<Language, WeakMap<readonly object[], PatternMatch[]>>;
}

const packs = new WeakMap<PackResources, PackPatterns>();
const SEPARATOR = '\u0000';

function registryOf(resources: PackResources): PackPatterns {
  let registry = packs.get(resources);
  if (!registry) packs.set(resources, (registry = { rules: new Map(), indexes: new Map(), matches: new Map() }));
  return registry;
}

/** The matches of every pattern rule of the pack in one block. */
function matchesIn(registry: PackPatterns, resources: PackResources, language: Language, words: BlockContext['analysis']['words']): PatternMatch[] {
  let byBlock = registry.matches.get(language);
  if (!byBlock) registry.matches.set(language, (byBlock = new WeakMap()));
  let found = byBlock.get(words);
  if (!found) {
    let index = registry.indexes.get(language);
    if (!index) registry.indexes.set(language, (index = compilePatterns(registry.rules.get(language) ?? [], resources.classes[language] ?? {}, language)));
    byBlock.set(words, (found = index.match(words)));
  }
  return found;
}

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

/** Compiles a pattern rule: registers its patterns in the pack's shared index. */
export function patternKind(spec: RuleSpec, resources: PackResources): Rule {
  const registry = registryOf(resources);
  const prefix = spec.meta.id + SEPARATOR;
  const entries = new Map<Language, Map<string, Entry>>();
  for (const [language, data] of Object.entries(spec.data) as [Language, RuleData][]) {
    const classes = resources.classes[language] ?? {};
    // A workspace's pack is checked whole when it loads. The bundled default pack is checked by
    // the test suite (every example, every language) and compiles each language on first use.
    if (resources.eager) (checkSyntax(data, classes, language), checkCompiles(data, classes, language));
    const rules = registry.rules.get(language) ?? [];
    for (const [i, entry] of data.entries.entries()) {
      rules.push({ id: prefix + entry.id, patterns: patternsOf(data, entry, i, 'patterns') });
      const unless = patternsOf(data, entry, i, 'unless');
      if (unless.length) rules.push({ id: prefix + entry.id + SEPARATOR + 'unless', patterns: unless });
    }
    registry.rules.set(language, rules);
    // A rule added after the index was built (a pack compiled again) needs a new index.
    registry.indexes.delete(language);
    entries.set(language, new Map(data.entries.map((e) => [e.id, e])));
  }
  return {
    meta: spec.meta,
    checkBlock: function patternCheck(context: BlockContext): Report[] {
      const data = spec.data[context.language];
      const byId = entries.get(context.language);
      if (!data || !byId || context.block.quoted) return [];
      const { words } = context.analysis;
      const mine = matchesIn(registry, resources, context.language, words).filter((m) => m.ruleId.startsWith(prefix));
      if (mine.length === 0) return [];
      const quiet = new Set(mine.filter((m) => m.ruleId.endsWith(SEPARATOR + 'unless')).map((m) => `${m.ruleId.slice(prefix.length, -('unless'.length + 1))}\n${words[m.first].sentence}`));
      const text = (start: number, end: number) => context.block.text.slice(start - context.block.start, end - context.block.start);
      const reports: Report[] = [];
      for (const match of mine) {
        const id = match.ruleId.slice(prefix.length);
        if (id.includes(SEPARATOR) || quiet.has(`${id}\n${words[match.first].sentence}`)) continue;
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
