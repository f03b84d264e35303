/**
 * A linter for one document across its versions: Markdown is re-parsed only where it
 * changed, unchanged blocks reuse their cached block-rule results, and document rules run
 * on the per-block analyses. `lint(text)` always returns what a fresh lint would.
 *
 * Document rules run in the document's language; block rules in each block's (language.ts).
 */
import { SettingsError, validatePlatform, validateSettings } from '../config/settings';
import { analyse, type BlockAnalysis } from './analysis';
import { BlockCache } from './block-cache';
import { checkBlockFixes, checkDocumentFixes } from './fix-check';
import { finishFindings, toFinding } from './findings';
import { IncrementalMarkdown } from './incremental-markdown';
import { DocumentLanguages } from './language';
import type { Pack } from './pack';
import { plainTextToProse } from './plain-text';
import type { ProseDocument } from './prose';
import type { DocumentContext, Report, ResolvedSettings, Rule } from './rule';
import { slowMarkdownShape } from './markdown-shapes';
import { DEFAULT_RULE_BUDGET_MS, type Finding, type Format, type Language, type LintOptions, type LintOutcome, type OverBudgetRule, type Settings, type Severity, type UncheckedBlock } from './types';

/** Options for the engine beyond the public ones: the pack to lint with, and error reporting. */
export interface EngineOptions extends LintOptions {
  /** The compiled pack: its guidelines and rules. The front doors choose it (rules/pack/). */
  pack: Pack;
  /** Called when a rule throws; the rule is skipped for that block or document and linting goes on. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Parses a block (analysis.ts `analyse`, the default); tests pass one that throws. */
  parseBlock?: typeof analyse;
  /** The clock rule budgets are measured with, in milliseconds (`performance.now`, the default); tests pass one they advance. */
  now?: () => number;
}

/**
 * What each rule has spent on one version of a document. It is read at rule boundaries only
 * (before and after a rule's check of a block or of the document: two clock reads), so a
 * rule is stopped once it is over, not in the middle of a check.
 */
class RuleBudget {
  /**
   * Rules that have run once in this process: a rule's first check compiles its patterns (for
   * its language), which under load took seconds on an ordinary post; that one is not charged.
   */
  private static readonly warm = new WeakMap<object, Set<string>>();
  private readonly spent = new Map<string, number>();
  private readonly overIds = new Set<string>();
  readonly over: OverBudgetRule[] = [];

  constructor(private readonly limit: number, private readonly now: () => number) {}

  /** Whether `ruleId` may still run on this version. */
  allows(ruleId: string): boolean {
    return !this.overIds.has(ruleId);
  }

  /** Runs `check` on the account of `rule` (its id, and in `language`). */
  run<T>(ruleId: string, check: () => T, rule?: object, language = ''): T {
    if (rule) {
      let languages = RuleBudget.warm.get(rule);
      if (!languages) RuleBudget.warm.set(rule, (languages = new Set()));
      if (!languages.has(language)) {
        languages.add(language);
        return check();
      }
    }
    const start = this.now();
    try {
      return check();
    } finally {
      const total = (this.spent.get(ruleId) ?? 0) + (this.now() - start);
      this.spent.set(ruleId, total);
      if (total > this.limit && !this.overIds.has(ruleId)) {
        this.overIds.add(ruleId);
        this.over.push({ ruleId, elapsedMs: Math.round(total), budgetMs: this.limit });
      }
    }
  }
}

/** The ids settings may name. */
export function knownIds(pack: Pack): { rules: Set<string>; guidelines: Set<string> } {
  return { rules: new Set(pack.rules.map((r) => r.meta.id)), guidelines: new Set(pack.guidelines.map((g) => g.id)) };
}

/** A rule's effective severity: its own setting, else its guideline's, else its default. */
export function severityOf(rule: Rule, settings: Settings): Severity | 'off' {
  const setting = settings.rules?.[rule.meta.id] ?? settings.rules?.[rule.meta.guideline] ?? rule.meta.severity;
  return setting === 'warn' ? 'warning' : setting;
}

/**
 * Lints successive versions of one document. Throws `SettingsError` on invalid settings (a
 * language the pack lacks among them), at construction, and `LanguageError` (language-tags.ts)
 * from {@link DocumentLinter.check} for a version whose front matter names such a language.
 */
export class DocumentLinter {
  private readonly pack: Pack;
  private readonly rules: readonly Rule[];
  private readonly settings: Settings;
  private readonly markdown = new IncrementalMarkdown();
  /** The document with a paragraph a fix appends, parsed apart (fix-check.ts). */
  private readonly appended = new IncrementalMarkdown();
  private readonly cache: BlockCache;
  private readonly parse: typeof analyse;
  private readonly allowed: ReadonlySet<string>;
  private readonly defers: ReadonlyMap<string, readonly string[]>;
  private readonly languages: DocumentLanguages;

  constructor(private readonly options: EngineOptions) {
    this.pack = options.pack;
    this.parse = options.parseBlock ?? analyse;
    this.cache = new BlockCache(this.parse);
    this.rules = options.pack.rules;
    this.settings = validateSettings(options.settings, knownIds(this.pack));
    this.allowed = new Set((this.settings.allow ?? []).map((term) => term.toLowerCase()));
    this.defers = new Map(this.rules.filter((r) => r.meta.defersTo?.length).map((r) => [r.meta.id, r.meta.defersTo!]));
    const setting = options.language;
    if (setting !== undefined && !this.pack.languages.includes(setting)) {
      throw new SettingsError(`language \`${setting}\` is not a language of the pack (${this.pack.languages.join(', ')})`);
    }
    this.languages = new DocumentLanguages(this.pack.languages, undefined, this.pack.dictionary);
  }

  /** The findings of `text`, sorted by position. */
  lint(text: string): Finding[] {
    return this.check(text).findings;
  }

  /** The findings of `text`, sorted by position, and the language it was linted in. */
  check(text: string): LintOutcome {
    const steps = this.steps(text);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * Like {@link check}, but gives the event loop a turn whenever `sliceMs` have passed since the
   * last (between blocks and between document rules), so that a long lint lets hover, code
   * actions and a newer version be served; returns undefined, without finishing, as soon as
   * `cancelled()` says a newer version superseded this one.
   */
  async checkAsync(text: string, cancelled: () => boolean, sliceMs = 20): Promise<LintOutcome | undefined> {
    const now = this.options.now ?? performance.now.bind(performance);
    const steps = this.steps(text);
    let since = now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (now() - since < sliceMs) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (cancelled()) return undefined;
      since = now();
    }
  }

  /** The lint of `text`, pausing (yielding) after each block and each document rule. */
  private *steps(text: string): Generator<void, LintOutcome> {
    // A Markdown shape the parser takes quadratic time on is linted as plain text (markdown-shapes.ts).
    const plainText = this.options.format === 'markdown' ? slowMarkdownShape(text) : undefined;
    const format: Format = plainText === undefined ? this.options.format : 'text';
    const prose = format === 'markdown' ? this.markdown.update(text) : plainTextToProse(text);
    const { language } = this.languages.document(text, prose, this.options.language);
    const resolved = this.resolveSettings(prose);
    const budget = new RuleBudget(this.settings.ruleBudgetMs ?? DEFAULT_RULE_BUDGET_MS, this.options.now ?? performance.now.bind(performance));
    const active = this.rules.filter((r) => severityOf(r, this.settings) !== 'off');
    const blockRules = new Map<Language, Rule[]>();
    const blockRulesIn = (lang: Language): Rule[] => {
      let rules = blockRules.get(lang);
      if (!rules) blockRules.set(lang, (rules = active.filter((r) => r.checkBlock && r.meta.languages.includes(lang))));
      return rules;
    };
    const findings: Finding[] = [];
    const unchecked: UncheckedBlock[] = [];
    const analyses: BlockAnalysis[] = [];
    // An earlier run of this linter that was abandoned (checkAsync) may have left results behind.
    this.cache.begin();
    for (const block of prose.blocks) {
      // A block whose parse fails is reported as unchecked; the others are checked as usual.
      try {
        const blockLanguage = this.languages.block(block, language);
        const rules = blockRulesIn(blockLanguage);
        const context = (analysis: BlockAnalysis) => ({ block, analysis, language: blockLanguage, format, settings: resolved });
        // Fixes are checked here, once per version of the block: fix-check.ts.
        const checkRule = (rule: Rule, analysis: BlockAnalysis): Report[] =>
          budget.run(rule.meta.id, () => this.guard(rule, () => rule.checkBlock!(context(analysis)), (raw) => checkBlockFixes(rule, raw, context(analysis), text, this.parse)), rule, blockLanguage);
        const result = this.cache.get(block, blockLanguage, (analysis) => {
          const reports = new Map<string, Report[]>();
          for (const rule of rules) if (budget.allows(rule.meta.id)) reports.set(rule.meta.id, checkRule(rule, analysis));
          return reports;
        });
        for (const rule of rules) {
          let reports = result.reports.get(rule.meta.id);
          // A rule skipped on this block in an earlier version (over its budget then) runs now.
          if (reports === undefined && budget.allows(rule.meta.id)) result.reports.set(rule.meta.id, (reports = checkRule(rule, result.analysis)));
          if (reports) this.collect(rule, reports, text, findings);
        }
        analyses.push(result.analysis);
      } catch (error) {
        unchecked.push({ start: block.start, end: block.start + block.text.trimEnd().length, reason: describeError(error) });
        analyses.push({ tree: { type: 'RootNode', children: [] }, sentences: [], words: [], origin: { offset: block.start } });
      }
      yield;
    }
    this.cache.commit();
    this.languages.commit();
    const context: DocumentContext = { source: text, prose, analyses, language, format, settings: resolved };
    for (const rule of active) {
      if (rule.checkDocument && rule.meta.languages.includes(language) && budget.allows(rule.meta.id)) {
        const reports = budget.run(rule.meta.id, () => this.guard(rule, () => rule.checkDocument!(context), (raw) => checkDocumentFixes(raw, text, format === 'markdown' ? (fixed) => this.appended.update(fixed) : undefined)), rule, language);
        this.collect(rule, reports, text, findings);
        yield;
      }
    }
    // A rule over its budget is skipped for the whole document: what it found before it ran over goes too.
    const over = new Set(budget.over.map((o) => o.ruleId));
    const kept = over.size === 0 ? findings : findings.filter((f) => !over.has(f.ruleId));
    return {
      language,
      findings: finishFindings(kept, prose, this.allowed, this.defers),
      unchecked,
      ...(budget.over.length ? { overBudget: budget.over } : {}),
      ...(plainText !== undefined ? { plainText } : {}),
    };
  }

  /** Runs a rule's check, then `checkFixes` on its reports, turning a throw into `onRuleError` and no reports. */
  private guard(rule: Rule, check: () => Report[], checkFixes: (reports: Report[]) => Report[] = (reports) => reports): Report[] {
    try {
      const reports = check();
      if (rule.meta.fix === 'none' && reports.some((r) => r.fixes?.length)) {
        throw new Error(`rule ${rule.meta.id} declares fix: none but offered a fix`);
      }
      try {
        return checkFixes(reports);
      } catch {
        // A failure while checking the fixes must not cost the findings: they go without fixes.
        return reports.map((report) => ({ ...report, fixes: [] }));
      }
    } catch (error) {
      this.options.onRuleError?.(rule.meta.id, error);
      return [];
    }
  }

  private collect(rule: Rule, reports: readonly Report[], text: string, findings: Finding[]): void {
    const severity = severityOf(rule, this.settings) as Severity;
    try {
      for (const report of reports) findings.push(toFinding(rule, report, text, severity));
    } catch (error) {
      // A malformed report (no message, say) is the rule's failure, not the block's.
      this.options.onRuleError?.(rule.meta.id, error);
    }
  }

  private resolveSettings(prose: ProseDocument): ResolvedSettings {
    let platform = this.settings.platform;
    const fromFrontmatter = prose.frontmatter.platform;
    if (typeof fromFrontmatter === 'string') {
      try {
        platform = validatePlatform(fromFrontmatter);
      } catch {
        // An unknown platform in a post's front matter sets no limit; the post is not a config file.
      }
    }
    return {
      audience: this.settings.audience ?? 'general',
      platform,
      organisation: this.settings.organisation ?? this.pack.organisation.names,
    };
  }
}

/** `Error: message`, the first line of a stack: what a user is shown of an internal error. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
