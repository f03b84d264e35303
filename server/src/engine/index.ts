/** The engine's public surface, for the CLI, the language server and tests. */
export { lint, DocumentLinter, knownIds, severityOf, DOCS_BASE, type EngineOptions } from './lint';
export { applyFixes } from './fixes';
export type * from './types';
