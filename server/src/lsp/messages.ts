/**
 * The language server's own words, in English and French: hover labels, the guidelines
 * view's reasons and the code actions' titles. Each follows the language the document was
 * linted in (`LintResult.language`), like the findings' messages do. Rule messages and fix
 * titles come from the pack's data, not from here.
 *
 * French typography (README, "VS Code"): a no-break space (U+00A0) before `:` `;` `!` `?`
 * and inside « », so that a narrow hover or view never starts a line with the punctuation;
 * test/client/l10n.test.ts holds every French UI string to it.
 */
import type { Language } from '../engine/types';
import type { TopicKind } from './topics';

/** What one language says. */
export interface ServerMessages {
  hover: {
    /** Before the finding's message. */
    why: string;
    /** Before what each part of a pattern matched. */
    matched: string;
    /** The link to the guideline's source. */
    source: string;
    /** The link to the rule's docs, before its id. */
    rule: string;
    /** `text` quoted as the language quotes. */
    quote: (text: string) => string;
  };
  /** Why a guideline applies, in the guidelines view. */
  reasons: {
    findings: (count: number) => string;
  } & Record<TopicKind, (evidence: string) => string>;
  /** The quick fix that adds a disable comment above the finding's line. */
  ignoreLine: (ruleId: string) => string;
  /** The `source.fixAll.guidelint` action. */
  fixAll: string;
  /** The information diagnostic on a block the engine could not check (`reason`: the internal error). */
  unchecked: (reason: string) => string;
  /** The information diagnostic of a document whose lint failed as a whole. */
  failed: (reason: string) => string;
  /** The information diagnostic of a rule skipped on this document for running over its time budget. */
  overBudget: (ruleId: string, elapsedMs: number, budgetMs: number) => string;
  /** The information diagnostic of a Markdown document linted as plain text (`reason` says which shape, in English). */
  plainText: (reason: string) => string;
}

const EN: ServerMessages = {
  hover: { why: 'Why here:', matched: 'Matched:', source: 'Guideline source', rule: 'Rule', quote: (text) => `“${text}”` },
  reasons: {
    findings: (n) => `${n} ${n === 1 ? 'finding' : 'findings'} in this text.`,
    organisation: (e) => `It names ${e}: say that you post personally, not for the organisation.`,
    images: () => 'It has images: share only images you may share, credit them, and describe each one in its alt text.',
    products: (e) => `It names a product or company (${e}): make clear that the organisation does not endorse it.`,
  },
  ignoreLine: (ruleId) => `Ignore ${ruleId} on this line`,
  fixAll: 'Fix all safe Guidelint problems',
  unchecked: (reason) => `Guidelint could not check this passage (internal error: ${reason}); the rest of the document was checked.`,
  failed: (reason) => `Guidelint could not check this document (internal error: ${reason}).`,
  overBudget: (ruleId, elapsed, budget) => `Guidelint skipped rule ${ruleId} on this document: it took ${elapsed} ms, over its budget of ${budget} ms (setting ruleBudgetMs). The other rules were checked.`,
  plainText: (reason) => `Guidelint checked this document as plain text, since parsing it as Markdown would take too long (${reason}): code and links are read as words.`,
};

const FR: ServerMessages = {
  hover: {
    why: 'Pourquoi ici\u00a0:',
    matched: 'Reconnu\u00a0:',
    source: 'Source de la ligne directrice',
    rule: 'Règle',
    quote: (text) => `«\u00a0${text}\u00a0»`,
  },
  reasons: {
    findings: (n) => `${n} ${n === 1 ? 'problème' : 'problèmes'} dans ce texte.`,
    organisation: (e) => `Le texte nomme ${e}\u00a0: précisez que vous publiez à titre personnel, pas pour l'organisation.`,
    images: () => 'Il contient des images\u00a0: ne partagez que des images que vous pouvez partager, créditez-les et décrivez chacune dans son texte alternatif.',
    products: (e) => `Il cite un produit ou une entreprise (${e})\u00a0: montrez que l'organisation ne le cautionne pas.`,
  },
  ignoreLine: (ruleId) => `Ignorer ${ruleId} sur cette ligne`,
  fixAll: 'Appliquer toutes les corrections sûres de Guidelint',
  unchecked: (reason) => `Guidelint n'a pas pu vérifier ce passage (erreur interne\u00a0: ${reason})\u00a0; le reste du document a été vérifié.`,
  failed: (reason) => `Guidelint n'a pas pu vérifier ce document (erreur interne\u00a0: ${reason}).`,
  overBudget: (ruleId, elapsed, budget) => `Guidelint a sauté la règle ${ruleId} sur ce document\u00a0: elle a pris ${elapsed}\u00a0ms, au-delà de son budget de ${budget}\u00a0ms (réglage ruleBudgetMs). Les autres règles ont été vérifiées.`,
  plainText: (reason) => `Guidelint a vérifié ce document comme du texte brut, car l'analyser comme du Markdown prendrait trop de temps (${reason})\u00a0: le code et les liens sont lus comme des mots.`,
};

/** Every language's messages, for tests that check them all. */
export const SERVER_MESSAGES: Readonly<Record<Language, ServerMessages>> = { en: EN, fr: FR };

/** The messages of `language`. */
export function messagesFor(language: Language): ServerMessages {
  return SERVER_MESSAGES[language];
}
