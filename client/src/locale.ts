import * as vscode from 'vscode';

/**
 * The language the client's strings are shown in: VS Code's display language when the
 * extension has a bundle for it (l10n/bundle.l10n.<language>.json), else English, the
 * language of the strings in the source.
 */
export function uiLocale(): string {
  return vscode.l10n.bundle ? vscode.env.language : 'en';
}

/**
 * Whether `count` takes the singular form in the UI's language: English says "0 findings",
 * French « 0 problème ». vscode.l10n has no plural forms, so each message has a singular and
 * a plural key and this picks one (Unicode CLDR plural rules, through Intl.PluralRules).
 */
export function isSingular(count: number): boolean {
  return new Intl.PluralRules(uiLocale()).select(count) === 'one';
}
