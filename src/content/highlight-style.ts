// Text colour and background pairs meet WCAG AA (≥ 4.5:1) whatever colour the page gave the text,
// because both are set; the underline shapes (core/finding-styles.ts) tell the classes apart
// without colour. Added to a tree (the document, a shadow root) only when something in it is
// painted (see HighlightPainter): a stylesheet injected into every page by the manifest tells any
// page the extension is installed.
import { FINDING_STYLES, UNDERLINES } from '../core/finding-styles';
import { BADGE_COLOURS, type SeverityClass } from '../core/severity';

const COLOURS: Record<SeverityClass, { background: string; text: string }> = {
  active: { background: '#fde2e1', text: '#7a1410' },
  unknown: { background: '#fff0c2', text: '#5c3200' },
  lifted: { background: '#e3eaee', text: '#263238' },
  possible: { background: '#ece7f7', text: '#3b2d63' },
};

export const HIGHLIGHT_STYLE = `\n${FINDING_STYLES.map((cls) => {
  const { style, thickness } = UNDERLINES[cls];
  return `::highlight(wro-${cls}) { background-color: ${COLOURS[cls].background}; color: ${COLOURS[cls].text}; text-decoration: underline ${style} ${BADGE_COLOURS[cls]} ${thickness}px; }`;
}).join('\n')}\n`;
