/** Findings → LSP diagnostics, carrying in `data` what code actions need so they never re-lint. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/types';
import type { LintResult } from './lint-document';
import { messagesFor } from './messages';
import { toLspEdit, toRange } from './positions';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'guidelint';

/** A fix with its edits already in ranges of the version the diagnostic was made for. */
export interface DiagnosticFix {
  title: string;
  edits: LspTextEdit[];
}

/** `Diagnostic.data` of a finding: enough for the quick fixes and the ignore action. */
export interface FindingData {
  ruleId: string;
  guideline: string;
  /** The document version the ranges refer to; a fix for an older version is not offered. */
  version: number;
  fixes: DiagnosticFix[];
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The diagnostics of one lint result. A skipped document gets one information diagnostic
 * saying why; a document that could not be linted (a front-matter language the pack lacks),
 * one error where the problem is.
 */
export function toDiagnostics(document: TextDocument, result: LintResult): Diagnostic[] {
  if (result.skipped !== undefined) return [skippedDiagnostic(result.skipped)];
  const messages = messagesFor(result.language);
  if (result.failed !== undefined) return [skippedDiagnostic(messages.failed(result.failed))];
  if (result.error !== undefined) {
    return [{ range: toRange(document, result.error.start, result.error.end), severity: DiagnosticSeverity.Error, source: SOURCE, message: result.error.message }];
  }
  const unchecked = (result.unchecked ?? []).map((block): Diagnostic => ({
    range: toRange(document, block.start, block.end), severity: DiagnosticSeverity.Information, source: SOURCE, message: messages.unchecked(block.reason),
  }));
  const notices = [
    ...(result.plainText !== undefined ? [skippedDiagnostic(messages.plainText(result.plainText))] : []),
    ...(result.overBudget ?? []).map((over) => skippedDiagnostic(messages.overBudget(over.ruleId, over.elapsedMs, over.budgetMs))),
  ];
  return [...notices, ...unchecked, ...result.findings.map((finding) => toDiagnostic(document, finding, result.version))];
}

/** One finding as a diagnostic. */
export function toDiagnostic(document: TextDocument, finding: Finding, version: number): Diagnostic {
  const data: FindingData = {
    ruleId: finding.ruleId,
    guideline: finding.guideline,
    version,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((edit) => toLspEdit(document, edit)) })),
  };
  return {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/** The single diagnostic of a document the server refuses to lint, at its first character. */
export function skippedDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message,
  };
}

/** The {@link FindingData} of a diagnostic if it is one of ours, else undefined. */
export function findingData(diagnostic: Diagnostic): FindingData | undefined {
  const data = diagnostic.data as Partial<FindingData> | undefined;
  if (diagnostic.source !== SOURCE || typeof data?.ruleId !== 'string' || !Array.isArray(data.fixes)) return undefined;
  return data as FindingData;
}
