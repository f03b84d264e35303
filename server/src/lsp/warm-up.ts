/**
 * Work the server does between answering `initialize` and the first document: compile the
 * default pack and lint a short post once, so that the first real diagnostics do not wait for
 * either (bench row f).
 */
import { defaultPack } from '../../../rules/pack/index';
import { lint } from '../engine/lint';

/** Compiles the default pack and runs its English rules once. */
export function warmUp(): void {
  lint('A short post.\n', { pack: defaultPack(), format: 'markdown' });
}
