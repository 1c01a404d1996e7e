/**
 * What the four finding styles mean, for the extension's pages (the popup): a disclosure button
 * and, once opened, each style as the page shows it (its underline and badge mark), its name and
 * what it means. The in-page card draws the same legend from the same definitions
 * (core/finding-styles.ts) in plain DOM.
 */
import { useId, useState } from 'preact/hooks';
import { BADGE_MARKS, FINDING_STYLES, STYLE_LOOK_KEYS, STYLE_MEANING_KEYS, UNDERLINES } from '../core/finding-styles';
import { BADGE_COLOURS, SEVERITY_WORD_KEYS } from '../core/severity';
import { t } from '../platform/i18n';

export function FindingLegend({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const panel = useId();
  return (
    <div class="finding-legend">
      <button type="button" class="link-button" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {t('legendButton')}
      </button>
      <ul id={panel} hidden={!open} style={{ listStyle: 'none', padding: 0, margin: '4px 0' }}>
        {FINDING_STYLES.map((cls) => (
          <li key={cls} style={{ margin: '6px 0' }}>
            <span
              aria-hidden="true"
              style={{
                textDecoration: `underline ${UNDERLINES[cls].style} ${BADGE_COLOURS[cls]} ${UNDERLINES[cls].thickness}px`,
                textUnderlineOffset: '3px',
              }}
            >
              {t('legendSample')}
            </span>{' '}
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block', minWidth: '20px', height: '20px', borderRadius: '10px', textAlign: 'center',
                font: '700 12px/20px system-ui, sans-serif', color: '#ffffff', background: BADGE_COLOURS[cls],
              }}
            >
              {BADGE_MARKS[cls]}
            </span>{' '}
            <strong>{t(SEVERITY_WORD_KEYS[cls])}</strong>: {t(STYLE_MEANING_KEYS[cls])} <span class="hint">({t(STYLE_LOOK_KEYS[cls])})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
