// Text colour and background pairs meet WCAG AA (≥ 4.5:1) whatever colour the page gave the text,
// because both are set; the underline styles tell the classes apart without colour. Added to a tree
// (the document, a shadow root) only when something in it is painted (see HighlightPainter): a
// stylesheet injected into every page by the manifest tells any page the extension is installed.
export const HIGHLIGHT_STYLE = `
::highlight(wro-active) { background-color: #fde2e1; color: #7a1410; text-decoration: underline solid #b3261e 2px; }
::highlight(wro-unknown) { background-color: #fff0c2; color: #5c3200; text-decoration: underline dashed #8a4b00 2px; }
::highlight(wro-lifted) { background-color: #e3eaee; color: #263238; text-decoration: underline dotted #455a64 2px; }
::highlight(wro-possible) { background-color: #ece7f7; color: #3b2d63; text-decoration: underline wavy #5b4a8a 1px; }
`;
