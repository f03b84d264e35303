import * as vscode from 'vscode';
import { isSingular, uiLocale } from '../locale';
import type { GuidelinesModel, ViewLabels } from './model';

/** The guidelines page's words for `model`, in VS Code's display language. */
export function viewLabels(model: GuidelinesModel): ViewLabels {
  const guidelines = model.guidelines.length;
  const findings = model.guidelines.reduce((sum, g) => sum + g.findings.length, 0);
  const applies = isSingular(guidelines) ? vscode.l10n.t('{0} guideline applies', guidelines) : vscode.l10n.t('{0} guidelines apply', guidelines);
  const found = isSingular(findings) ? vscode.l10n.t('{0} finding', findings) : vscode.l10n.t('{0} findings', findings);
  return {
    locale: uiLocale(),
    heading: vscode.l10n.t('Guidelines for {0}', model.fileName),
    summary: `${applies} · ${found}`,
    empty: vscode.l10n.t('No guideline applies to this text yet.'),
    whyItApplies: vscode.l10n.t('Why it applies'),
    // Templates: without arguments vscode.l10n.t leaves `{0}` for the page to fill in.
    findingsFor: vscode.l10n.t('Findings for {0}'),
    readGuideline: vscode.l10n.t('Read the guideline'),
    position: vscode.l10n.t('Ln {0}, Col {1}'),
    reveal: vscode.l10n.t('Reveal in the editor ({0})'),
    severities: { error: vscode.l10n.t('error'), warning: vscode.l10n.t('warning'), info: vscode.l10n.t('info') },
    generalAdvice: vscode.l10n.t('General advice'),
  };
}
