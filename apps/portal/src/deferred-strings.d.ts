/** The English strings the build keeps out of the entry (`deferredStrings` in vite.plugins.mts). */
declare module 'virtual:deferred-strings' {
  const strings: Record<string, unknown>;
  export default strings;
}
