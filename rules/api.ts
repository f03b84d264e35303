/**
 * The one module rules, kinds and detectors import from the engine: what a rule sees (blocks,
 * words, sentences, settings) and what it returns (reports, fixes). Keeping this seam narrow
 * lets the engine change its internals without touching rules/.
 */
export type { BlockAnalysis, Origin } from '../server/src/engine/analysis';
export { normalizeWord, Sentence, Word } from '../server/src/engine/analysis';
export type { ImageSpan, LinkSpan, ProseBlock, ProseDocument, QuoteSpan } from '../server/src/engine/prose';
export { MASK } from '../server/src/engine/prose';
export { runEndAfter, runStartBefore, trimEdges, trimEnd } from '../server/src/engine/edges';
export type { BlockContext, DocumentContext, FixKind, Report, ResolvedSettings, Rule, RuleMeta } from '../server/src/engine/rule';
export type { Fix, Format, GuidelineId, Language, Severity, TextEdit } from '../server/src/engine/types';
export type { Guideline, Localized, Pack, PackOrganisation } from '../server/src/engine/pack';
export { LANGUAGES } from '../server/src/engine/pack';
