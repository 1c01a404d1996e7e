/**
 * The legend inside the card: each finding style as the page shows it (underline and badge mark),
 * its name and meaning, from the same definitions as the highlights and the pages' FindingLegend.
 */
import { BADGE_MARKS, FINDING_STYLES, STYLE_LOOK_KEYS, STYLE_MEANING_KEYS, UNDERLINES } from '../core/finding-styles';
import { BADGE_COLOURS, SEVERITY_WORD_KEYS } from '../core/severity';
import { t } from '../platform/i18n';
import { el } from './dom';

export function legendPanel(doc: Document, id: string): HTMLElement {
  return el(doc, 'ul', { id, class: 'legend', 'aria-label': t('legendButton') },
    ...FINDING_STYLES.map((cls) => {
      const { style, thickness } = UNDERLINES[cls];
      const sample = el(doc, 'span', { class: 'sample', 'aria-hidden': 'true' }, t('legendSample'));
      sample.style.textDecoration = `underline ${style} ${BADGE_COLOURS[cls]} ${thickness}px`;
      const mark = el(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, BADGE_MARKS[cls]);
      mark.style.background = BADGE_COLOURS[cls];
      return el(doc, 'li', {}, sample, ' ', mark, ' ', el(doc, 'strong', {}, t(SEVERITY_WORD_KEYS[cls])), `: ${t(STYLE_MEANING_KEYS[cls])} `,
        el(doc, 'span', { class: 'note' }, `(${t(STYLE_LOOK_KEYS[cls])})`));
    }));
}
