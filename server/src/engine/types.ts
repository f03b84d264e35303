/** The guideline ids of a pack. The default pack's ids are public interface (config keys, JSON output). */
export type GuidelineId = string;

/** A language the engine can lint in. */
export type Language = 'en' | 'fr';

/** Severities as the engine reports them; `off` only exists in settings. */
export type Severity = 'error' | 'warning' | 'info';

/** A setting for a rule or a guideline. `warn` is accepted as ESLint users write it. */
export type SeveritySetting = Severity | 'warn' | 'off';

/** One text replacement, in UTF-16 offsets into the original document, end exclusive. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix the author can apply: a title for the quick-fix menu and its edits. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What the engine reports: one problem, located in the original text. */
export interface Finding {
  ruleId: string;
  guideline: GuidelineId;
  severity: Severity;
  message: string;
  /** UTF-16 offset of the first character, into the original text. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** The text that triggered the finding (`text.slice(start, end)`). */
  actual: string;
  /** Literal replacements offered, best first; empty when none. */
  expected: string[];
  /** The rule's documentation. */
  url: string;
  fixes: Fix[];
  /** What the parts of a pattern matched (`target`: "the board", `judgement`: "incompetent"); pattern rules only. */
  matched?: Record<string, string>;
}

/** Settings the engine understands. Every key is optional; see server/src/config/settings.ts. */
export interface Settings {
  /** Rule or guideline id → severity or `off`. A rule id wins over its guideline id. */
  rules?: Record<string, SeveritySetting>;
  /** The platform the post is for; sets a length limit. Front matter `platform:` overrides it. */
  platform?: string;
  /** `expert` silences jargon findings. */
  audience?: 'general' | 'expert';
  /** Names of the organisation, overriding the pack's. */
  organisation?: string[];
  /** Terms never flagged, whatever the rule (an author's vocabulary): a finding whose text is one of them is dropped. */
  allow?: string[];
  /**
   * Milliseconds one rule may spend on one document (all its blocks and its document check
   * together) before it is skipped for that document; {@link DEFAULT_RULE_BUDGET_MS} by default.
   */
  ruleBudgetMs?: number;
}

/** The default {@link Settings.ruleBudgetMs}: generous, so that it never fires on a real post (the slowest rule takes a few ms on the corpus's longest). */
export const DEFAULT_RULE_BUDGET_MS = 2000;

/** The input format: Markdown is parsed, plain text is prose throughout. */
export type Format = 'markdown' | 'text';

/** Options for one lint run. */
export interface LintOptions {
  format: Format;
  /**
   * The explicit language setting (CLI flag, config file, editor setting); one of the pack's
   * languages. A post's front matter `lang:` wins over it; without either, the language is
   * detected, else the pack's first (server/src/engine/language.ts).
   */
  language?: Language;
  settings?: Settings;
}

/**
 * A block the engine could not check (its parse threw): no findings come from it, the rest of
 * the document is checked. The front ends say so (an information diagnostic, a CLI error).
 */
export interface UncheckedBlock {
  /** The block's range in the original text. */
  start: number;
  end: number;
  /** What went wrong, as `Error: message`. */
  reason: string;
}

/** What one lint produced: the findings, and the document's language (which document rules, hover and the guidelines view use). */
export interface LintOutcome {
  language: Language;
  findings: Finding[];
  /** Blocks that could not be checked; usually none. */
  unchecked: UncheckedBlock[];
  /** Rules skipped for this document because they ran over their time budget; absent when none. */
  overBudget?: OverBudgetRule[];
  /**
   * Set when a Markdown document was linted as plain text, with why (a shape the Markdown parser
   * takes quadratic time on: markdown-shapes.ts); absent otherwise.
   */
  plainText?: string;
}

/** A rule that ran over its time budget on a document: its findings there are dropped and it is not run again on that version. */
export interface OverBudgetRule {
  ruleId: string;
  /** What it had spent when it was stopped, in whole milliseconds. */
  elapsedMs: number;
  budgetMs: number;
}
