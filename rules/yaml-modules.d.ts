/** YAML data files are parsed at build time by esbuild.mjs; their shape is checked where they are loaded. */
declare module '*.yml' {
  const data: unknown;
  export default data;
}

/** The default pack's files, parsed at build time by esbuild.mjs (a `PackSource`, see rules/pack/source.ts). */
declare module 'guidelint:default-pack' {
  const source: unknown;
  export default source;
}

/** The default pack's profanity ratings, computed at build time by esbuild.mjs (see rules/conduct/profanity-forms.ts). */
declare module 'guidelint:profanity-forms' {
  const forms: unknown;
  export default forms;
}

/** The default pack's class tries and pattern indexes, compiled at build time by esbuild.mjs (rules/pack/precompile.ts). */
declare module 'guidelint:precompiled' {
  const table: unknown;
  export default table;
}

declare module 'v8-compile-cache';
