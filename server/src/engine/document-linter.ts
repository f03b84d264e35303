/**
 * A linter for one document across its versions: Markdown is re-parsed only where it
 * changed, unchanged blocks reuse their cached block-rule results, and document rules run
 * on the per-block analyses. `lint(text)` always returns what a fresh lint would.
 */
import { validatePlatform, validateSettings } from '../config/settings';
import { BlockCache } from './block-cache';
import { finishFindings, toFinding } from './findings';
import { IncrementalMarkdown } from './incremental-markdown';
import type { Pack } from './pack';
import { plainTextToProse } from './plain-text';
import type { ProseDocument } from './prose';
import type { DocumentContext, Report, ResolvedSettings, Rule } from './rule';
import type { Finding, Language, LintOptions, Settings, Severity } from './types';

/** Options for the engine beyond the public ones: the pack to lint with, and error reporting. */
export interface EngineOptions extends LintOptions {
  /** The compiled pack: its guidelines and rules. The front doors choose it (rules/pack/). */
  pack: Pack;
  /** Called when a rule throws; the rule is skipped for that block or document and linting goes on. */
  onRuleError?: (ruleId: string, error: unknown) => void;
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

/** Lints successive versions of one document. Throws `SettingsError` on invalid settings, at construction. */
export class DocumentLinter {
  private readonly pack: Pack;
  private readonly rules: readonly Rule[];
  private readonly settings: Settings;
  private readonly markdown = new IncrementalMarkdown();
  private readonly cache = new BlockCache();
  private readonly allowed: ReadonlySet<string>;
  private readonly defers: ReadonlyMap<string, readonly string[]>;

  constructor(private readonly options: EngineOptions) {
    this.pack = options.pack;
    this.rules = options.pack.rules;
    this.settings = validateSettings(options.settings, knownIds(this.pack));
    this.allowed = new Set((this.settings.allow ?? []).map((term) => term.toLowerCase()));
    this.defers = new Map(this.rules.filter((r) => r.meta.defersTo?.length).map((r) => [r.meta.id, r.meta.defersTo!]));
  }

  /** The findings of `text`, sorted by position. */
  lint(text: string): Finding[] {
    const prose = this.options.format === 'markdown' ? this.markdown.update(text) : plainTextToProse(text);
    const language = this.options.language ?? frontmatterLanguage(prose) ?? 'en';
    const resolved = this.resolveSettings(prose);
    const active = this.rules.filter((r) => r.meta.languages.includes(language) && severityOf(r, this.settings) !== 'off');
    const blockRules = active.filter((r) => r.checkBlock);
    const findings: Finding[] = [];
    const analyses = prose.blocks.map((block) => {
      const result = this.cache.get(block, language, (analysis) => {
        const reports = new Map<string, Report[]>();
        const context = { block, analysis, language, format: this.options.format, settings: resolved };
        for (const rule of blockRules) reports.set(rule.meta.id, this.guard(rule, () => rule.checkBlock!(context)));
        return reports;
      });
      for (const rule of blockRules) this.collect(rule, result.reports.get(rule.meta.id) ?? [], text, findings);
      return result.analysis;
    });
    this.cache.commit();
    const context: DocumentContext = { source: text, prose, analyses, language, format: this.options.format, settings: resolved };
    for (const rule of active) {
      if (rule.checkDocument) this.collect(rule, this.guard(rule, () => rule.checkDocument!(context)), text, findings);
    }
    return finishFindings(findings, prose, this.allowed, this.defers);
  }

  /** Runs a rule's check, turning a throw into `onRuleError` and no reports. */
  private guard(rule: Rule, check: () => Report[]): Report[] {
    try {
      const reports = check();
      if (rule.meta.fix === 'none' && reports.some((r) => r.fixes?.length)) {
        throw new Error(`rule ${rule.meta.id} declares fix: none but offered a fix`);
      }
      return reports;
    } catch (error) {
      this.options.onRuleError?.(rule.meta.id, error);
      return [];
    }
  }

  private collect(rule: Rule, reports: readonly Report[], text: string, findings: Finding[]): void {
    const severity = severityOf(rule, this.settings) as Severity;
    for (const report of reports) findings.push(toFinding(rule, report, text, severity));
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

function frontmatterLanguage(prose: ProseDocument): Language | undefined {
  const lang = prose.frontmatter.lang ?? prose.frontmatter.language;
  return lang === 'en' || lang === 'fr' ? lang : undefined;
}
