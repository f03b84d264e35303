/**
 * What the guidelines view shows, and the messages between the extension and its page.
 * The wire shape comes from the server's `guidelint/relevantGuidelines` answer; importing its
 * type (erased at build time) makes the compiler catch any drift between the two sides.
 */
import type { RelevantFinding, RelevantGuidelinesResult } from '../../../server/src/lsp/relevant-guidelines';

export type { RelevantFinding, RelevantGuideline, RelevantReason } from '../../../server/src/lsp/relevant-guidelines';

/** The view's model: the server's answer for one document, plus what the page needs to title it. */
export interface GuidelinesModel extends RelevantGuidelinesResult {
  /** The document's file name, for the heading. */
  fileName: string;
  /** Set when the server could not answer; the page shows it instead of the guidelines. */
  error?: string;
}

/** A zero-based LSP range, as the page sends it back. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * The page's own words, in VS Code's display language: the extension fills them in with
 * vscode.l10n (labels.ts), since the page's script cannot reach it. The guidelines, reasons,
 * findings and advice are the server's, in the post's language. `{0}` and `{1}` mark where the
 * page puts a value.
 */
export interface ViewLabels {
  /** The display language these labels are in, for the page's `lang` attribute. */
  locale: string;
  /** The heading, with the file name in. */
  heading: string;
  /** "3 guidelines apply · 5 findings". */
  summary: string;
  /** Shown when no guideline applies. */
  empty: string;
  whyItApplies: string;
  /** `{0}`: the guideline's title. */
  findingsFor: string;
  readGuideline: string;
  /** `{0}`: line, `{1}`: column, both from 1. */
  position: string;
  /** `{0}`: the severity's name. */
  reveal: string;
  severities: Record<RelevantFinding['severity'], string>;
  generalAdvice: string;
}

/** Extension → page. */
export type HostMessage = { type: 'model'; model: GuidelinesModel; labels: ViewLabels };

/** Page → extension. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; range: WireRange }
  | { type: 'rendered'; uri: string; version: number; guidelineIds: string[]; findings: number };

/** What the page reported rendering last: lets tests check the page, not only the model. */
export type RenderedReport = Extract<PageMessage, { type: 'rendered' }>;
