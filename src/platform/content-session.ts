/**
 * Where a frame's content script keeps its session, in the extension's isolated world of that frame
 * (never the page's): a second copy injected finds the first there, and the background's scripts
 * injected into the frame ask it whether the frame is scanned (`scanning()`). A file of its own so
 * the content script imports no schema with it.
 */
export const CONTENT_SESSION_KEY = '__wroCheckContent';
