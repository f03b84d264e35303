/**
 * `guidelint/relevantGuidelines` `{ uri, range? }`: the guidelines a post (or a selection of
 * it) touches. First those with findings, with each finding's range; then those its topic
 * makes relevant without a finding (see topics.ts); then the pack's general advice. All
 * texts are in the document's language. Also served as the `guidelint.relevantGuidelines`
 * command for clients that cannot send custom requests.
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Pack } from '../engine/pack';
import type { Finding, Language, Severity } from '../engine/types';
import type { LintResult } from './lint-document';
import { messagesFor } from './messages';
import { rangesIntersect, toRange } from './positions';
import { detectTopics, TOPIC_GUIDELINES, type Topic, type TopicKind } from './topics';

/** The custom request's method. */
export const RELEVANT_GUIDELINES_METHOD = 'guidelint/relevantGuidelines';
/** The same, as a `workspace/executeCommand` command; its one argument is the request's params. */
export const RELEVANT_GUIDELINES_COMMAND = 'guidelint.relevantGuidelines';

/** The request's parameters. Without `range`, the whole document. */
export interface RelevantGuidelinesParams {
  uri: string;
  range?: Range;
}

/** A finding as the guidelines view lists it. */
export interface RelevantFinding {
  ruleId: string;
  message: string;
  severity: Severity;
  range: Range;
}

/** Why a guideline applies: its findings, or a topic of the post. */
export interface RelevantReason {
  kind: 'findings' | TopicKind;
  /** A sentence for the author, in the document's language. */
  text: string;
  /** Where the topic's evidence is (absent for `findings`). */
  range?: Range;
}

/** One relevant guideline. */
export interface RelevantGuideline {
  id: string;
  title: string;
  text: string;
  source: string;
  reasons: RelevantReason[];
  findings: RelevantFinding[];
}

/** The answer to `guidelint/relevantGuidelines`. */
export interface RelevantGuidelinesResult {
  uri: string;
  version: number;
  language: Language;
  guidelines: RelevantGuideline[];
  advice: string[];
  /** Set when the document was not linted (huge, binary); `guidelines` is then empty. */
  skipped?: string;
}

/** The relevant guidelines of `document` (or of `range` in it), from its latest lint result. */
export function relevantGuidelines(
  document: TextDocument, result: LintResult, pack: Pack, organisation: readonly string[], range?: Range,
): RelevantGuidelinesResult {
  const { language } = result;
  const base = { uri: document.uri, version: result.version, language, advice: pack.advice.map((a) => a[language]) };
  if (result.skipped !== undefined) return { ...base, guidelines: [], skipped: result.skipped };
  const from = range ? document.offsetAt(range.start) : 0;
  const text = range ? document.getText(range) : document.getText();
  const findings = result.findings.filter((f) => !range || rangesIntersect(range, toRange(document, f.start, f.end)));
  const topics = detectTopics(text, language, organisation);
  const guidelines: RelevantGuideline[] = [];
  for (const guideline of pack.guidelines) {
    const own = findings.filter((f) => f.guideline === guideline.id).map((f) => relevantFinding(document, f));
    const reasons: RelevantReason[] = own.length > 0 ? [{ kind: 'findings', text: messagesFor(language).reasons.findings(own.length) }] : [];
    for (const topic of topics.filter((t) => TOPIC_GUIDELINES[t.kind].includes(guideline.id))) reasons.push(topicReason(document, topic, from, language));
    if (reasons.length === 0) continue;
    guidelines.push({ id: guideline.id, title: guideline.title[language], text: guideline.text[language], source: guideline.source, reasons, findings: own });
  }
  // Guidelines with findings first, each group in the pack's order (Array.prototype.sort is stable).
  guidelines.sort((a, b) => Number(b.findings.length > 0) - Number(a.findings.length > 0));
  return { ...base, guidelines };
}

function relevantFinding(document: TextDocument, finding: Finding): RelevantFinding {
  return { ruleId: finding.ruleId, message: finding.message, severity: finding.severity, range: toRange(document, finding.start, finding.end) };
}

function topicReason(document: TextDocument, topic: Topic, from: number, language: Language): RelevantReason {
  return { kind: topic.kind, text: messagesFor(language).reasons[topic.kind](topic.evidence), range: toRange(document, from + topic.start, from + topic.end) };
}

/** Reads the request's params, also from a command's arguments (`[params]` or `[uri, range?]`). */
export function readParams(args: unknown): RelevantGuidelinesParams | undefined {
  const list = Array.isArray(args) ? args : [args];
  const [first, second] = list as unknown[];
  if (typeof first === 'string') return { uri: first, range: second as Range | undefined };
  const params = first as Partial<RelevantGuidelinesParams> | undefined;
  return typeof params?.uri === 'string' ? { uri: params.uri, range: params.range } : undefined;
}
