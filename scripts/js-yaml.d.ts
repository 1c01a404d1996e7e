// js-yaml arrives through the dev tooling (web-ext) without types; the legal-form generator needs only `load`.
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
