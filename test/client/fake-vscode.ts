/**
 * A stand-in for the `vscode` module, enough for the client's l10n code to run under node:
 * `l10n.t` looks the message up in the bundle of `env.language` and fills `{0}` as VS Code's
 * extension host does (format2: no arguments, the template as it is). Import it before the
 * module under test; `useLanguage` switches bundles.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';

type Bundle = Record<string, string>;

/** The fake's state: what VS Code would have loaded for the display language. */
export const fakeVscode = {
  env: { language: 'en' },
  l10n: {
    bundle: undefined as Bundle | undefined,
    t(message: string, ...args: unknown[]): string {
      const template = fakeVscode.l10n.bundle?.[message] ?? message;
      if (args.length === 0) return template;
      return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
    },
  },
};

/** Makes VS Code's display language `language`, with l10n/bundle.l10n.<language>.json when there is one. */
export function useLanguage(language: string): void {
  fakeVscode.env.language = language;
  try {
    fakeVscode.l10n.bundle = language === 'en' ? undefined : JSON.parse(readFileSync(`l10n/bundle.l10n.${language}.json`, 'utf8')) as Bundle;
  } catch {
    fakeVscode.l10n.bundle = undefined;
  }
}

const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : load.call(this, request, ...rest);
};
