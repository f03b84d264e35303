/**
 * The open documents' lint loop with a fake connection: a rule that throws is logged once and
 * skipped, a run superseded by a newer version publishes nothing, and the language and
 * skip decisions of lint-document.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultPack } from '../../rules/pack/index';
import type { Rule } from '../../server/src/engine/rule';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { OpenDocuments, type DocumentStore, type LinterConnection } from '../../server/src/lsp/documents';
import { documentLanguage, EngineLinters, formatOf, MAX_DOCUMENT_LENGTH, skipReason } from '../../server/src/lsp/lint-document';
import { DEFAULT_CONFIG } from '../../server/src/lsp/settings';

const alwaysThrows: Rule = {
  meta: { id: 'always-throws', guideline: 'privacy', description: 'A rule with a bug.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
  checkBlock: function alwaysThrowsCheck() {
    throw new Error('rule bug');
  },
};

function setup(ready: Promise<unknown> = Promise.resolve()) {
  const logs: string[] = [];
  const published: { uri: string; version?: number; diagnostics: { code?: unknown }[] }[] = [];
  const connection = {
    console: { error: (message: string) => void logs.push(message) },
    sendDiagnostics: async (params: (typeof published)[number]) => void published.push(params),
  } as unknown as LinterConnection;
  const open = new Map<string, TextDocument>();
  const store: DocumentStore = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as DocumentStore;
  const pack = { ...defaultPack(), rules: [...defaultPack().rules, alwaysThrows] };
  const current = { ...DEFAULT_CONFIG, debounceMs: 0 };
  const config = { current, ready, forDocument: () => ({ ...current, pack }) };
  const openDocuments = new OpenDocuments(connection, store, config);
  const edit = (version: number, text: string) => {
    const document = TextDocument.create('file:///post.md', 'markdown', version, text);
    open.set(document.uri, document);
    openDocuments.onDidChangeContent(document);
    return document;
  };
  return { logs, published, openDocuments, edit };
}

test('a rule that throws is logged once, skipped, and the other rules still report', async () => {
  const { logs, published, openDocuments, edit } = setup();
  edit(1, 'Mail jane.doe@example.org today.\n');
  await openDocuments.resultFor('file:///post.md');
  edit(2, 'Mail john.doe@example.org today.\n');
  await openDocuments.resultFor('file:///post.md');
  assert.equal(logs.length, 1);
  assert.match(logs[0], /^Guidelint: rule always-throws failed and is skipped: Error: rule bug\n\s+at .*alwaysThrowsCheck/);
  assert.deepEqual(published.map((p) => [p.version, p.diagnostics.filter((d) => d.code === 'email-address').length]), [[1, 1], [2, 1]]);
  assert.ok(published.every((p) => p.diagnostics.every((d) => d.code !== 'always-throws')));
});

test('a run superseded while it waits publishes nothing: the newer version wins', async () => {
  let markReady!: () => void;
  const { published, openDocuments, edit } = setup(new Promise<void>((resolve) => (markReady = resolve)));
  edit(1, 'Mail jane.doe@example.org today.\n');
  const stale = openDocuments.resultFor('file:///post.md');
  edit(2, 'Nothing personal here.\n');
  const fresh = openDocuments.resultFor('file:///post.md');
  markReady();
  await Promise.all([stale, fresh]);
  assert.deepEqual(published.map((p) => p.version), [2]);
  assert.equal((await openDocuments.resultFor('file:///post.md'))?.version, 2);
});

test('only Markdown and plain text are linted', () => {
  assert.equal(formatOf('markdown'), 'markdown');
  assert.equal(formatOf('plaintext'), 'text');
  assert.equal(formatOf('text'), 'text', 'Neovim sends its filetype');
  assert.equal(formatOf('javascript'), undefined);
});

test('a document that is not linted speaks its declared language: the front matter lang, else the setting, else the pack\'s first', () => {
  const french = '---\nlang: fr\n---\n\nBonjour.\n';
  assert.equal(documentLanguage(french, 'markdown', 'auto'), 'fr');
  assert.equal(documentLanguage('---\r\nlanguage: fr-CH\r\n---\r\nBonjour.', 'markdown', 'auto'), 'fr');
  assert.equal(documentLanguage(french, 'markdown', 'en'), 'fr', 'the front matter wins over the setting');
  assert.equal(documentLanguage('Hello.', 'markdown', 'fr'), 'fr');
  assert.equal(documentLanguage(french, 'text', 'auto'), 'en', 'plain text has no front matter');
  assert.equal(documentLanguage('---\nlang: [broken\n---\n', 'markdown', 'auto'), 'en');
  assert.equal(documentLanguage(french, 'markdown', 'auto', ['en']), 'en', 'a language the pack lacks is not declared');
});

test('huge and binary documents are skipped with a reason in the document\'s language', () => {
  assert.equal(skipReason('Hello', 'en'), undefined);
  assert.match(skipReason('a'.repeat(MAX_DOCUMENT_LENGTH + 1), 'en') ?? '', /larger than 2 MB/);
  assert.match(skipReason('PK\u0000', 'fr') ?? '', /semble binaire/);
});

test('a document keeps its engine linter (and its block cache) until its format, language, pack or settings change', () => {
  const linters = new EngineLinters(() => {});
  const pack = defaultPack();
  const first = linters.get('file:///a.md', 'markdown', 'en', {}, pack);
  assert.equal(linters.get('file:///a.md', 'markdown', 'en', {}, pack), first, 'equal settings, even as a new object, keep the linter');
  assert.notEqual(linters.get('file:///a.md', 'markdown', undefined, {}, pack), first, 'no language setting (auto) is a setting of its own');
  assert.notEqual(linters.get('file:///a.md', 'markdown', 'fr', {}, pack), first);
  const french = linters.get('file:///a.md', 'markdown', 'fr', {}, pack);
  assert.notEqual(linters.get('file:///a.md', 'markdown', 'fr', { audience: 'expert' }, pack), french, 'other settings make a new linter');
  assert.notEqual(linters.get('file:///a.md', 'markdown', 'fr', { audience: 'expert' }, { ...pack }), french, 'another pack makes a new linter');
  linters.delete('file:///a.md');
  assert.notEqual(linters.get('file:///a.md', 'markdown', 'en', {}, pack), first);
});

test('a lint that fails outside the rules replaces the document\'s diagnostics with one that says so, logged once', async () => {
  // Broken outside any rule's check: the engine reads `languages` to choose the document rules.
  const unreadable = { meta: { ...alwaysThrows.meta, id: 'unreadable', languages: undefined as never }, checkDocument: () => [] } as Rule;
  const logs: string[] = [];
  const published: { version?: number; diagnostics: { code?: unknown; message: string; severity?: number; range: unknown }[] }[] = [];
  const connection = {
    console: { error: (message: string) => void logs.push(message) },
    sendDiagnostics: async (params: (typeof published)[number]) => void published.push(params),
  } as unknown as LinterConnection;
  const open = new Map<string, TextDocument>();
  const store = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as DocumentStore;
  let pack = defaultPack();
  const current = { ...DEFAULT_CONFIG, debounceMs: 0 };
  const openDocuments = new OpenDocuments(connection, store, { current, ready: Promise.resolve(), forDocument: () => ({ ...current, pack }) });
  const edit = async (version: number, text: string) => {
    const document = TextDocument.create('file:///post.md', 'markdown', version, text);
    open.set(document.uri, document);
    openDocuments.onDidChangeContent(document);
    await openDocuments.resultFor(document.uri);
  };
  await edit(1, 'Mail jane.doe@example.org today.\n');
  pack = { ...pack, rules: [...pack.rules, unreadable] };
  await edit(2, 'Mail john.doe@example.org today.\n');
  await edit(3, 'Mail jim.doe@example.org today.\n');
  assert.deepEqual(published.map((p) => [p.version, p.diagnostics.map((d) => d.code ?? `${d.severity}: ${d.message}`)]), [
    [1, ['email-address']],
    [2, ['3: Guidelint could not check this document (internal error: TypeError: Cannot read properties of undefined (reading \'includes\')).']],
    [3, ['3: Guidelint could not check this document (internal error: TypeError: Cannot read properties of undefined (reading \'includes\')).']],
  ]);
  assert.equal(logs.length, 1);
  assert.match(logs[0], /^Guidelint: linting file:\/\/\/post.md failed: TypeError: Cannot read properties of undefined \(reading 'includes'\)\n\s+at /);
  // Once the cause is gone, the next version is linted as usual.
  pack = defaultPack();
  await edit(4, 'Mail jo.doe@example.org today.\n');
  assert.deepEqual(published.at(-1)!.diagnostics.map((d) => d.code), ['email-address']);
});

test('a passage the engine could not check is one information diagnostic over it, in the document\'s language', () => {
  const document = TextDocument.create('file:///post.md', 'markdown', 1, 'Hello.\n\nBOOM here.\n');
  const base = { uri: document.uri, version: 1, format: 'markdown' as const, findings: [], unchecked: [{ start: 8, end: 18, reason: 'RangeError: too deep' }] };
  const [en] = toDiagnostics(document, { ...base, language: 'en' });
  assert.deepEqual(en, {
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }, severity: 3, source: 'guidelint',
    message: 'Guidelint could not check this passage (internal error: RangeError: too deep); the rest of the document was checked.',
  });
  const [fr] = toDiagnostics(document, { ...base, language: 'fr' });
  assert.equal(fr.message, 'Guidelint n\'a pas pu vérifier ce passage (erreur interne\u00a0: RangeError: too deep)\u00a0; le reste du document a été vérifié.');
});
