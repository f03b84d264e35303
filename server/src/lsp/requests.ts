/**
 * The request handlers that need the open documents and their latest lint results; each
 * one fetches what it needs and delegates to a module that does one job.
 */
import { ErrorCodes, ResponseError, type CodeAction, type CodeActionParams, type ExecuteCommandParams, type Hover, type TextDocumentPositionParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixRuleIds } from '../engine/fixes';
import { codeActions } from './code-actions';
import type { ConfigStore } from './config-store';
import type { OpenDocuments } from './documents';
import { hover } from './hover';
import { documentLanguage, formatOf, type LintResult } from './lint-document';
import { readParams, relevantGuidelines, RELEVANT_GUIDELINES_COMMAND, type RelevantGuidelinesResult } from './relevant-guidelines';

/** Answers code actions, hover, the relevant-guidelines request and commands. */
export class RequestHandlers {
  /** Set from the client's capabilities at initialize. */
  documentChanges = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly openDocuments: OpenDocuments,
    private readonly config: ConfigStore,
  ) {}

  /** textDocument/codeAction. */
  async codeAction(params: CodeActionParams): Promise<CodeAction[]> {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = await this.openDocuments.resultFor(document.uri);
    const safeRules = safeFixRuleIds(this.config.forDocument(document.uri).pack.rules);
    return codeActions(params, { document, result, safeRules, documentChanges: this.documentChanges });
  }

  /** textDocument/hover. */
  async hover(params: TextDocumentPositionParams): Promise<Hover | null> {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return null;
    return hover(document, params.position, await this.openDocuments.resultFor(document.uri), this.config.forDocument(document.uri).pack);
  }

  /** guidelint/relevantGuidelines. */
  async relevantGuidelines(raw: unknown): Promise<RelevantGuidelinesResult> {
    const params = readParams(raw);
    const document = params && this.documents.get(params.uri);
    if (!params || !document) throw new ResponseError(ErrorCodes.InvalidParams, `Guidelint: no open document ${params?.uri ?? '(no uri given)'}`);
    const config = this.config.forDocument(document.uri);
    // A disabled server or an unsupported language gives no findings, but topics and advice still apply, in the post's language.
    const format = formatOf(document.languageId) ?? 'text';
    const result: LintResult = (await this.openDocuments.resultFor(document.uri))
      ?? { uri: document.uri, version: document.version, format, language: documentLanguage(document.getText(), format, config.language), findings: [] };
    const { pack, settings } = config;
    return relevantGuidelines(document, result, pack, settings.organisation ?? pack.organisation.names, params.range);
  }

  /** workspace/executeCommand. */
  async executeCommand(params: ExecuteCommandParams): Promise<unknown> {
    if (params.command === RELEVANT_GUIDELINES_COMMAND) return this.relevantGuidelines(params.arguments);
    throw new ResponseError(ErrorCodes.InvalidParams, `Guidelint: unknown command ${params.command}`);
  }
}
