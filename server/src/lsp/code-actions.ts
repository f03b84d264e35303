/**
 * textDocument/codeAction: one quick fix per fix a finding offers (the first, best one
 * preferred), "Ignore <rule> on this line", and `source.fixAll.guidelint`. Quick fixes come
 * from the diagnostics' `data`; fix-all from the latest lint result: neither lints again.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nonOverlappingEdits } from '../engine/fixes';
import { findingData, toDiagnostic, type FindingData } from './diagnostics';
import { ignoreLineEdit } from './ignore-line';
import type { LintResult } from './lint-document';
import { messagesFor } from './messages';
import { toLspEdit } from './positions';

/** The kind of the fix-all source action; clients run it on save with `source.fixAll`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.guidelint`;

/** What code actions need besides the request. */
export interface CodeActionContext {
  document: TextDocument;
  /** The lint result of the document's current version, if there is one. */
  result: LintResult | undefined;
  /** Rules whose fixes are safe to apply unattended (`meta.fix === 'safe'`). */
  safeRules: ReadonlySet<string>;
  /** The client accepts versioned `documentChanges`, so it can refuse an edit made for an older version. */
  documentChanges: boolean;
}

/** The code actions for `params`. */
export function codeActions(params: CodeActionParams, context: CodeActionContext): CodeAction[] {
  const wants = (kind: string): boolean => kindRequested(params.context.only, kind);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const ignored = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const data = dataOf(diagnostic, context);
      if (data === undefined || data.version !== context.document.version) continue;
      actions.push(...quickFixes(diagnostic, data, context));
      const key = `${data.ruleId}:${diagnostic.range.start.line}`;
      if (!ignored.has(key)) actions.push(ignoreAction(diagnostic, data, context));
      ignored.add(key);
    }
  }
  if (params.context.only !== undefined && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(context);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/**
 * Whether a request restricted to `only` wants actions of `kind`. Kinds are hierarchical:
 * asking for `source.fixAll` includes `source.fixAll.guidelint` (LSP 3.17, CodeActionKind).
 */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (only === undefined || only.length === 0) return !kind.startsWith(CodeActionKind.Source);
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

function quickFixes(diagnostic: Diagnostic, data: FindingData, context: CodeActionContext): CodeAction[] {
  return data.fixes.map((fix, index) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: workspaceEdit(context, fix.edits),
  }));
}

function ignoreAction(diagnostic: Diagnostic, data: FindingData, context: CodeActionContext): CodeAction {
  const edit = ignoreLineEdit(context.document, diagnostic.range.start.line, data.ruleId);
  return {
    title: messagesFor(context.result?.language ?? 'en').ignoreLine(data.ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(context, [edit]),
  };
}

/** Applies every safe fix that does not overlap an earlier one, in one edit. */
function fixAllAction(context: CodeActionContext): CodeAction | undefined {
  const findings = context.result?.findings.filter((f) => context.safeRules.has(f.ruleId)) ?? [];
  const edits = nonOverlappingEdits(findings);
  if (edits.length === 0) return undefined;
  return {
    title: messagesFor(context.result?.language ?? 'en').fixAll,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(context, edits.map((edit) => toLspEdit(context.document, edit))),
  };
}

function workspaceEdit(context: CodeActionContext, edits: LspTextEdit[]): WorkspaceEdit {
  const { uri, version } = context.document;
  return context.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

/**
 * The diagnostic's data, or for clients that drop `data` (some do), the data of the
 * finding of the current result with the same rule and range.
 */
function dataOf(diagnostic: Diagnostic, context: CodeActionContext): FindingData | undefined {
  const data = findingData(diagnostic);
  if (data !== undefined || diagnostic.code === undefined || context.result === undefined) return data;
  const { document, result } = context;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const finding = result.findings.find((f) => f.ruleId === diagnostic.code && f.start === start && f.end === end);
  return finding ? (toDiagnostic(document, finding, result.version).data as FindingData) : undefined;
}
