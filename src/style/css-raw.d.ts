// A CSS file imported as text (Vite's `?raw`): the content script puts it in its shadow roots' sheets.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
