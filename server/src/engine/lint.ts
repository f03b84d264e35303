/** The engine's entry point: `lint(text, options)` → findings. Pure: no I/O, no LSP, no VS Code. */
import { DocumentLinter, type EngineOptions } from './document-linter';
import type { Finding } from './types';

export { DOCS_BASE } from './findings';
export { DocumentLinter, knownIds, severityOf, type EngineOptions } from './document-linter';

/** Lints `text` once and returns its findings, sorted by position. Throws `SettingsError` on invalid settings. */
export function lint(text: string, options: EngineOptions): Finding[] {
  return new DocumentLinter(options).lint(text);
}
