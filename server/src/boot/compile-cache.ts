/**
 * The bins start through this loader: it turns on V8's code cache (v8-compile-cache, kept in
 * the OS temporary folder, keyed by the bundle's path and content) and then loads the bundle.
 * Compiling the 2 MB bundle is the largest single cost of a start (bench row f); from the
 * second start on, V8 reads the compiled code instead. DISABLE_V8_COMPILE_CACHE=1 turns it off.
 * Node 22's module.enableCompileCache() does the same without a package, once we require it.
 */
import 'v8-compile-cache';

declare const GUIDELINT_BUNDLE: string;

// The bundle beside this loader (esbuild replaces GUIDELINT_BUNDLE at build time).
require(`./${GUIDELINT_BUNDLE}`);
