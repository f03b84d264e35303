/**
 * What the guidelines view shows, and the messages between the extension and its page.
 * The wire shape comes from the server's `guidelint/relevantGuidelines` answer; importing its
 * type (erased at build time) makes the compiler catch any drift between the two sides.
 */
import type { RelevantGuidelinesResult } from '../../../server/src/lsp/relevant-guidelines';

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

/** Extension → page. */
export type HostMessage = { type: 'model'; model: GuidelinesModel };

/** Page → extension. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; range: WireRange }
  | { type: 'rendered'; uri: string; version: number; guidelineIds: string[]; findings: number };

/** What the page reported rendering last: lets tests check the page, not only the model. */
export type RenderedReport = Extract<PageMessage, { type: 'rendered' }>;
