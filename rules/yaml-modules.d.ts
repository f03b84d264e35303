/** YAML data files are parsed at build time by esbuild.mjs; their shape is checked where they are loaded. */
declare module '*.yml' {
  const data: unknown;
  export default data;
}
