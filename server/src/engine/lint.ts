/** The engine's entry point: `lint(text, options)` → findings. Pure: no I/O, no LSP, no VS Code. */
import { defaultPack, type Pack } from '../../../rules/pack';
import { rules as registry } from '../../../rules/index';
import { validatePlatform, validateSettings } from '../config/settings';
import { analyse } from './analysis';
import { markdownToProse } from './markdown';
import { plainTextToProse } from './plain-text';
import type { ProseDocument } from './prose';
import type { BlockContext, DocumentContext, Report, ResolvedSettings, Rule } from './rule';
import type { Finding, Language, LintOptions, Settings, Severity } from './types';

/** Where each rule's documentation lives: a section of the rules reference. */
export const DOCS_BASE = 'https://github.com/guidelint/guidelint/blob/main/rules/README.md#';

/** Options for {@link lint} beyond the public ones: another pack or rule set, and error reporting. */
export interface EngineOptions extends LintOptions {
  pack?: Pack;
  rules?: readonly Rule[];
  /** Called when a rule throws; the rule is skipped for this document and linting goes on. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** Lints `text` and returns its findings, sorted by position. Throws `SettingsError` on invalid settings. */
export function lint(text: string, options: EngineOptions): Finding[] {
  const pack = options.pack ?? defaultPack;
  const rules = options.rules ?? registry;
  const settings = validateSettings(options.settings, knownIds(rules, pack));
  const prose = options.format === 'markdown' ? markdownToProse(text) : plainTextToProse(text);
  const language = options.language ?? frontmatterLanguage(prose) ?? 'en';
  const resolved = resolveSettings(settings, prose, pack);
  const active = rules.filter((rule) => rule.meta.languages.includes(language) && severityOf(rule, settings) !== 'off');
  const analyses = prose.blocks.map((block) => analyse(block.text, block.start, language));
  const findings: Finding[] = [];
  const run = (rule: Rule, check: () => Report[]): void => {
    try {
      const severity = severityOf(rule, settings) as Severity;
      findings.push(...check().map((report) => toFinding(rule, report, text, severity)));
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  };
  for (const rule of active) {
    const { checkBlock, checkDocument } = rule;
    if (checkBlock) {
      prose.blocks.forEach((block, index) => {
        const context: BlockContext = { block, analysis: analyses[index], language, format: options.format, settings: resolved };
        run(rule, () => checkBlock(context));
      });
    }
    if (checkDocument) {
      const context: DocumentContext = { source: text, prose, analyses, language, format: options.format, settings: resolved };
      run(rule, () => checkDocument(context));
    }
  }
  return removeOverlaps(findings.filter((f) => !isDisabled(f, prose))).sort(byPosition);
}

/** The ids settings may name. */
export function knownIds(rules: readonly Rule[], pack: Pack): { rules: Set<string>; guidelines: Set<string> } {
  return { rules: new Set(rules.map((r) => r.meta.id)), guidelines: new Set(pack.guidelines.map((g) => g.id)) };
}

/** A rule's effective severity: its own setting, else its guideline's, else its default. */
export function severityOf(rule: Rule, settings: Settings): Severity | 'off' {
  const setting = settings.rules?.[rule.meta.id] ?? settings.rules?.[rule.meta.guideline] ?? rule.meta.severity;
  return setting === 'warn' ? 'warning' : setting;
}

function frontmatterLanguage(prose: ProseDocument): Language | undefined {
  const lang = prose.frontmatter.lang ?? prose.frontmatter.language;
  return lang === 'en' || lang === 'fr' ? lang : undefined;
}

function resolveSettings(settings: Settings, prose: ProseDocument, pack: Pack): ResolvedSettings {
  let platform = settings.platform;
  const fromFrontmatter = prose.frontmatter.platform;
  if (typeof fromFrontmatter === 'string') {
    try {
      platform = validatePlatform(fromFrontmatter);
    } catch {
      // An unknown platform in a post's front matter sets no limit; the post is not a config file.
    }
  }
  return {
    audience: settings.audience ?? 'general',
    platform,
    organisation: settings.organisation ?? pack.organisation.names,
  };
}

function toFinding(rule: Rule, report: Report, text: string, severity: Severity): Finding {
  const { meta } = rule;
  if (meta.fix === 'none' && report.fixes?.length) {
    throw new Error(`rule ${meta.id} declares fix: none but offered a fix`);
  }
  return {
    ruleId: meta.id,
    guideline: meta.guideline,
    severity,
    message: report.message,
    start: report.start,
    end: report.end,
    actual: text.slice(report.start, report.end),
    expected: report.expected ?? [],
    url: DOCS_BASE + meta.id,
    fixes: report.fixes ?? [],
  };
}

function isDisabled(finding: Finding, prose: ProseDocument): boolean {
  return prose.disabled.some((range) =>
    finding.start >= range.start && finding.start <= range.end &&
    (range.ids.length === 0 || range.ids.includes(finding.ruleId) || range.ids.includes(finding.guideline)));
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/** Within one rule, findings never overlap: the longest wins (STYLE.md). */
function removeOverlaps(findings: Finding[]): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const kept: Finding[] = [];
  for (const list of byRule.values()) {
    list.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const chosen: Finding[] = [];
    for (const finding of list) {
      if (!chosen.some((c) => finding.start < Math.max(c.end, c.start + 1) && c.start < Math.max(finding.end, finding.start + 1))) chosen.push(finding);
    }
    kept.push(...chosen);
  }
  return kept;
}

