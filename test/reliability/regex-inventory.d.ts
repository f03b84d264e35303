/** Every regular-expression literal of rules/ and server/src/, read by esbuild.mjs at build time (test bundles only). */
declare module 'guidelint:regex-inventory' {
  const literals: unknown;
  export default literals;
}
