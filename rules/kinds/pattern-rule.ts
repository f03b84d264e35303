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
import { compilePatterns, PatternSyntaxError, type PatternIndex } from './pattern/pattern-index';
import { parsePattern } from './pattern/syntax';

interface Compiled {
  data: RuleData;
  entries: Map<string, Entry>;
  index: PatternIndex;
  unless: PatternIndex;
}

function patternsOf(data: RuleData, entry: Entry, index: number, key: 'patterns' | 'unless'): string[] {
  const read = new Reader(data.file);
  const value = entry[key];
  if (value === undefined && key === 'unless') return [];
  const patterns = read.strings(value, [...data.path, 'entries', index, key]);
  if (key === 'patterns' && patterns.length === 0) read.fail([...data.path, 'entries', index, 'patterns'], 'a pattern entry needs at least one pattern');
  return patterns;
}

function compileSection(data: RuleData, classes: Record<string, string[]>, language: Language): Compiled {
  const build = (key: 'patterns' | 'unless') => {
    const rules = data.entries.map((entry, i) => ({ id: entry.id, patterns: patternsOf(data, entry, i, key) }));
    try {
      return compilePatterns(rules, classes, language);
    } catch (error) {
      if (error instanceof PatternSyntaxError) new Reader(data.file).fail([...data.path, 'entries'], error.message);
      throw error;
    }
  };
  return { data, entries: new Map(data.entries.map((e) => [e.id, e])), index: build('patterns'), unless: build('unless') };
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

/** Compiles a pattern rule. */
export function patternKind(spec: RuleSpec, resources: PackResources): Rule {
  // Each language is compiled when a document first needs it, so that an English post never
  // pays for the French patterns; compiling one now checks the pack's syntax at load time.
  const sections = new Map<Language, Compiled>();
  const sectionFor = (language: Language): Compiled | undefined => {
    const data = spec.data[language];
    if (!data) return undefined;
    let section = sections.get(language);
    if (!section) sections.set(language, (section = compileSection(data, resources.classes[language] ?? {}, language)));
    return section;
  };
  for (const [language, data] of Object.entries(spec.data) as [Language, RuleData][]) {
    checkSyntax(data, resources.classes[language] ?? {}, language);
    if (resources.eager) sectionFor(language);
  }
  return {
    meta: spec.meta,
    checkBlock: function patternCheck(context: BlockContext): Report[] {
      const section = sectionFor(context.language);
      if (!section || context.block.quoted) return [];
      const { words } = context.analysis;
      const quiet = new Set(section.unless.match(words).map((m) => `${m.ruleId}\n${words[m.first].sentence}`));
      const text = (start: number, end: number) => context.block.text.slice(start - context.block.start, end - context.block.start);
      const reports: Report[] = [];
      for (const match of section.index.match(words)) {
        if (quiet.has(`${match.ruleId}\n${words[match.first].sentence}`)) continue;
        const entry = section.entries.get(match.ruleId)!;
        const actual = text(match.start, match.end);
        const matched = Object.fromEntries(Object.entries(match.captures).map(([name, span]) => [name, text(span.start, span.end)]));
        const expected = entry.expected;
        reports.push({
          start: match.start,
          end: match.end,
          message: formatMessage(section.data.messages[entry.message], { ...matched, actual, expected: expected[0] ?? '' }),
          matched,
          expected,
          fixes: spec.meta.fix === 'none' ? [] : expected.map((replacement) => ({ title: `Replace with \`${replacement}\``, edits: [{ start: match.start, end: match.end, text: replacement }] })),
        });
      }
      return reports;
    },
  };
}
