/**
 * Styles of the injected UI, inside closed shadow roots: `all: initial` with `!important` on the
 * host beats whatever the page says about our host element, and nothing here reaches the page.
 * Colours: white on the badge colours (≥ 4.5:1, WCAG 2.2 AA); the card's come from the design tokens
 * (src/style/tokens.css), light or dark as the user prefers, added to every root's sheet on :host
 * with !important so that a page's own `--wro-…` properties cannot restyle us.
 */
import TOKENS_FILE from '../style/tokens.css?raw';
import { BADGE_MARKS, FINDING_STYLES } from '../core/finding-styles';
import { BADGE_COLOURS } from '../core/severity';
import { el } from './dom';

const TOKENS = TOKENS_FILE.replace(/\/\*[\s\S]*?\*\//g, '');

const sheets = new Map<string, CSSStyleSheet>();

/** Styles one of our shadow roots: one parsed sheet shared by every badge, else a style element. */
export function styleRoot(shadow: ShadowRoot, css: string): void {
  // The tokens come after the host rule: its `all: initial` would otherwise reset their color-scheme.
  const text = `${css}\n${TOKENS}`;
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el(shadow.ownerDocument, 'style', {}, text));
  }
}

const HOST = `:host { all: initial !important; display: inline-block !important; position: static !important;
  visibility: visible !important; opacity: 1 !important; user-select: none !important; }`;

/** The badge button itself, inline beside its name (BADGE_STYLE) or in the large-page layer (LAYER_STYLE). */
const BADGE_BUTTON = `button { all: initial; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  min-width: 24px; height: 24px; padding: 0 6px; border-radius: 12px; cursor: pointer;
  font: 700 13px/1 system-ui, sans-serif; color: #ffffff; border: 2px solid transparent; }
button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 2px #ffffff; }
${FINDING_STYLES.map((cls) => `.${cls} { background: ${BADGE_COLOURS[cls]}; }\n.${cls}::before { content: "${BADGE_MARKS[cls]}"; }`).join('\n')}
`;

export const BADGE_STYLE = `${HOST}
:host { vertical-align: middle !important; margin-inline-start: 4px !important; line-height: 1 !important; }
${BADGE_BUTTON}`;

/**
 * The large-page badge layer (see BadgeOverlay): out of flow and a layout boundary of its own. Its
 * badges are plain buttons sharing this one sheet: 200 shadow roots each resetting every property
 * cost the browser a tenth of a second of style work on the benchmark directory.
 */
export const LAYER_STYLE = `:host { all: initial !important; display: block !important; position: absolute !important;
  left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important;
  contain: size layout style !important; z-index: 2147483646 !important; visibility: visible !important; }
${BADGE_BUTTON}
button { position: absolute; }
button[hidden] { display: none; }`;

/**
 * The card: a column whose body scrolls and whose footer (its buttons, and the dismissal's
 * choices) never does, so no height the card is given hides its buttons. Its height is capped
 * where it is placed (RecordCard.position).
 */
export const CARD_STYLE = `:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important;
  left: var(--wro-left, 8px) !important; top: var(--wro-top, 8px) !important; display: block !important; visibility: visible !important; opacity: 1 !important; }
.card { box-sizing: border-box; display: flex; flex-direction: column; width: min(460px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  background: var(--wro-bg); color: var(--wro-text); border: 1px solid var(--wro-border); border-radius: var(--wro-radius-l);
  box-shadow: var(--wro-shadow); font: var(--wro-text-m)/var(--wro-leading) var(--wro-font); text-align: start; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: var(--wro-space-3) 14px var(--wro-space-2); }
.footer { flex: none; padding: var(--wro-space-2) 14px var(--wro-space-3); border-top: 1px solid var(--wro-line); }
h2 { font-size: var(--wro-text-l); margin: 0 0 var(--wro-space-1); }
h2 .what { font-weight: 400; }
h2:focus { outline: none; }
h3 { font-size: var(--wro-text-m); margin: 10px 0 2px; }
p, ol, ul { margin: var(--wro-space-1) 0; }
ol, ul { padding-inline-start: 20px; }
.meta, .note { color: var(--wro-muted); }
.context { overflow-wrap: anywhere; }
.org-decisions ul { list-style: none; padding: 0; }
.org-decision { border-inline-start: 4px solid var(--wro-link); padding: 2px var(--wro-space-2); margin: 2px 0; background: var(--wro-info-bg); overflow-wrap: anywhere; }
.org-decision.needs-review { border-inline-start-color: var(--wro-unknown); background: var(--wro-warning-bg); }
.org-review { font-weight: 700; }
.status { font-weight: 700; }
.status-active { color: var(--wro-active); } .status-unknown { color: var(--wro-unknown); }
.status-modified, .status-inactive, .status-revoked, .status-delisted { color: var(--wro-lifted); }
.possible { color: var(--wro-possible); font-weight: 700; }
a { color: var(--wro-link); }
[hidden] { display: none !important; }
.legend { list-style: none; padding: var(--wro-space-2); margin: var(--wro-space-2) 0; background: var(--wro-surface); border-radius: var(--wro-radius); }
.legend li { margin: var(--wro-space-1) 0; }
.legend .sample { text-underline-offset: 3px; }
.legend .mark { display: inline-block; min-width: 20px; height: 20px; border-radius: 10px; text-align: center; font: 700 12px/20px var(--wro-font); color: #ffffff; }
fieldset { border: 1px solid var(--wro-line); border-radius: var(--wro-radius); margin: 0 0 var(--wro-space-2); padding: var(--wro-space-1) var(--wro-space-2) var(--wro-space-2); }
legend { font-weight: 700; padding: 0 var(--wro-space-1); }
label { display: block; margin: 2px 0; }
select { font: inherit; color: var(--wro-text); background: var(--wro-bg); border: 1px solid var(--wro-border); border-radius: var(--wro-radius); padding: 2px 4px; max-width: 100%; }
.buttons { display: flex; flex-wrap: wrap; gap: var(--wro-space-2); }
.buttons + .buttons { margin-top: var(--wro-space-2); }
button { font: inherit; min-height: 32px; padding: var(--wro-space-1) var(--wro-space-3); border-radius: 6px; cursor: pointer;
  border: 1px solid var(--wro-text); background: var(--wro-bg); color: var(--wro-text); }
button.primary { background: var(--wro-text); color: var(--wro-bg); }
button.toggle { border-color: var(--wro-border); }
button.toggle::after { content: " ▾"; }
button.toggle[aria-expanded="true"]::after { content: " ▴"; }
button:disabled { cursor: default; color: var(--wro-muted); border-color: var(--wro-border); }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: var(--wro-focus-width) solid var(--wro-focus); outline-offset: var(--wro-focus-offset); }
`;

export const SUMMARY_STYLE = `:host { all: initial !important; position: absolute !important; width: 1px !important;
  height: 1px !important; overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; }`;
