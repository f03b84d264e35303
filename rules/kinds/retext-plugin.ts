/**
 * Runs a retext plugin (a unified attacher over nlcst, such as retext-equality) on one block's
 * tree and returns its messages with document offsets, so that a rule can wrap the plugin
 * and keep or drop its messages. The tree's offsets are relative to the block.
 */
import type { Root } from 'nlcst';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { BlockContext } from '../../server/src/engine/rule';

/** A plugin message located in the document. */
export interface PluginMessage {
  start: number;
  end: number;
  /** The text the plugin flagged. */
  actual: string;
  /** The plugin's literal replacements, best first. */
  expected: string[];
  /** The plugin's own rule id (a retext-equality pattern id, a cuss phrase). */
  pluginRuleId: string;
  /** Anything else the plugin put on the message (e.g. `profanitySeverity`). */
  extra: Record<string, unknown>;
}

/**
 * The word form nlcst-search compares: lower case, straight apostrophes, then apostrophes and
 * dashes removed (nlcst-normalize's defaults).
 */
export function searchForm(word: string): string {
  return word.toLowerCase().replace(/[’']/g, '').replace(/-/g, '');
}

/**
 * True when a block has a word that may start one of a plugin's phrases. The plugins rebuild
 * their phrase index on every run (thousands of phrases for retext-profanities), so rules skip
 * blocks with no candidate word. `firstWords` holds search forms; plural and singular variants
 * (the `s`/`es`/`ies` endings that pluralize adds or removes) are tried too, so the gate errs on
 * the side of running the plugin.
 */
export function mayMatch({ analysis }: BlockContext, firstWords: ReadonlySet<string>): boolean {
  return analysis.words.some(({ normal }) => numberForms(searchForm(normal)).some((form) => firstWords.has(form)));
}

/** A word with the plural and singular endings pluralize adds or removes, regular and common irregular ones. */
function numberForms(form: string): string[] {
  const forms = [form, `${form}s`, `${form}es`];
  if (form.endsWith('s')) forms.push(form.slice(0, -1));
  if (form.endsWith('es')) forms.push(form.slice(0, -2));
  if (form.endsWith('ies')) forms.push(`${form.slice(0, -3)}y`);
  if (form.endsWith('y')) forms.push(`${form.slice(0, -1)}ies`);
  if (form.endsWith('men')) forms.push(`${form.slice(0, -3)}man`);
  if (form.endsWith('man')) forms.push(`${form.slice(0, -3)}men`);
  if (form.endsWith('ves')) forms.push(`${form.slice(0, -3)}f`, `${form.slice(0, -3)}fe`);
  if (form.endsWith('f')) forms.push(`${form.slice(0, -1)}ves`);
  if (form.endsWith('fe')) forms.push(`${form.slice(0, -2)}ves`);
  return forms;
}

/** A function that runs one configured plugin on a block. */
export type BlockPluginRunner = (context: BlockContext) => PluginMessage[];

/** Configures `plugin` once with `options` and returns a runner for blocks. */
export function retextPluginRunner<Options>(plugin: Plugin<[Options?], Root>, options: Options): BlockPluginRunner {
  const processor = unified().use(plugin, options).freeze();
  return function runRetextPlugin({ analysis, block }: BlockContext): PluginMessage[] {
    const file = new VFile({ value: block.text });
    processor.runSync(analysis.tree, file);
    const messages: PluginMessage[] = [];
    for (const message of file.messages) {
      const place = message.place;
      if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue;
      const { actual, expected, ruleId, ...extra } = message as typeof message & { expected?: string[] };
      messages.push({
        start: block.start + place.start.offset,
        end: block.start + place.end.offset,
        actual: String(actual ?? block.text.slice(place.start.offset, place.end.offset)),
        expected: expected ?? [],
        pluginRuleId: String(ruleId ?? ''),
        extra: extra as Record<string, unknown>,
      });
    }
    return messages;
  };
}
