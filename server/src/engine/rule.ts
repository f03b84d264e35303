/** What a rule is and what it sees. Rules live in rules/; the engine runs them. */
import type { BlockAnalysis } from './analysis';
import type { ProseBlock, ProseDocument } from './prose';
import type { Fix, Format, GuidelineId, Language, Severity } from './types';

/** How safe a rule's fixes are: `safe` ones may be applied by fix-all, `suggestion` ones only one by one. */
export type FixKind = 'safe' | 'suggestion' | 'none';

/** A rule's metadata, kept on the rule itself. */
export interface RuleMeta {
  /** Kebab-case, stable, equal to the rule's file name. */
  id: string;
  guideline: GuidelineId;
  /** One line stating the norm. */
  description: string;
  severity: Severity;
  languages: Language[];
  fix: FixKind;
  /**
   * Rules of the same guideline that this one gives way to: a finding of this rule that
   * overlaps one of theirs is dropped, so the author sees one squiggle for one problem.
   */
  defersTo?: string[];
}

/** What a rule reports. Offsets are document offsets; the engine adds the rule's id, guideline and severity. */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** Literal replacements, best first. */
  expected?: string[];
  fixes?: Fix[];
  /** What the parts of a pattern matched (`target`: "the board"), for the hover. */
  matched?: Record<string, string>;
}

/** Settings after defaults, front matter and the pack are applied. */
export interface ResolvedSettings {
  audience: 'general' | 'expert';
  /** The platform the post is for, if known. */
  platform: string | undefined;
  /** The organisation's names, as written in posts. */
  organisation: string[];
}

/** What a block rule sees: one block, nothing else, so its findings can be cached by the block's text. */
export interface BlockContext {
  block: ProseBlock;
  analysis: BlockAnalysis;
  language: Language;
  format: Format;
  settings: ResolvedSettings;
}

/** What a document rule sees: the whole prose document, with each block's analysis. */
export interface DocumentContext {
  source: string;
  prose: ProseDocument;
  analyses: BlockAnalysis[];
  language: Language;
  format: Format;
  settings: ResolvedSettings;
}

/** A rule: metadata and one or both checks. Name the check functions after the rule so stack traces say which rule failed. */
export interface Rule {
  meta: RuleMeta;
  checkBlock?: (context: BlockContext) => Report[];
  checkDocument?: (context: DocumentContext) => Report[];
}
