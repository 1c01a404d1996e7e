/**
 * The four finding styles as one definition for every place that draws or explains them: the
 * page's highlights and badges (content script), the card's legend, and the pages' legend
 * (src/ui/FindingLegend.tsx). Each style differs from the others by the shape of its underline and
 * the mark on its badge, not by colour alone (WCAG 1.4.1). The underline styles are ones both
 * Chromium and Firefox ESR draw in a custom highlight: tests/e2e/page-checks/finding-styles.ts
 * reads them off screenshots in both.
 */
import type { SeverityClass } from './severity';

/** Most severe first: the order of the legend. */
export const FINDING_STYLES: readonly SeverityClass[] = ['active', 'unknown', 'lifted', 'possible'];

export type UnderlineStyle = 'solid' | 'dashed' | 'dotted' | 'wavy';

/** The underline under a painted name: its line style and thickness in CSS pixels. */
export const UNDERLINES: Record<SeverityClass, { style: UnderlineStyle; thickness: number }> = {
  active: { style: 'solid', thickness: 2 },
  unknown: { style: 'dashed', thickness: 2 },
  lifted: { style: 'dotted', thickness: 2 },
  possible: { style: 'wavy', thickness: 1 },
};

/** The mark on a badge: a shape that tells the styles apart in any colour vision. */
export const BADGE_MARKS: Record<SeverityClass, string> = {
  active: '!',
  unknown: '?',
  lifted: 'i',
  possible: '~',
};

/** `_locales` keys: what each style means, and how it looks on the page (its name: SEVERITY_WORD_KEYS). */
export const STYLE_MEANING_KEYS: Record<SeverityClass, string> = {
  active: 'legendMeaningActive',
  unknown: 'legendMeaningUnknown',
  lifted: 'legendMeaningLifted',
  possible: 'legendMeaningPossible',
};
export const STYLE_LOOK_KEYS: Record<SeverityClass, string> = {
  active: 'legendLookActive',
  unknown: 'legendLookUnknown',
  lifted: 'legendLookLifted',
  possible: 'legendLookPossible',
};
