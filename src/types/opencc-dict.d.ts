// The dictionary modules of opencc-js are plain `export default "…"` strings without types.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
