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
