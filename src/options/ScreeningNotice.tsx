/**
 * For the options page: a link to the screening page, and a note when a list refresh changed the
 * findings of saved screenings.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SavedScreening } from '../core/screening/saved';
import browser from '../platform/browser';
import { listScreenings } from '../platform/screening-store';
import { t } from '../platform/i18n';
import { onRescreened } from '../ui/rescreened';
import { changesText } from '../ui/screening-changes';

export function ScreeningNotice() {
  const [flagged, setFlagged] = useState<SavedScreening[]>([]);
  useEffect(() => {
    const load = () =>
      void listScreenings().then(
        (all) => setFlagged(all.filter((s) => s.changes !== null)),
        () => setFlagged([]),
      );
    load();
    return onRescreened(load);
  }, []);
  const href = browser.runtime.getURL('screen.html');
  return (
    <div class="screening-notice">
      <h3>{t('screenOptionsHeading')}</h3>
      {flagged.length > 0 ? (
        <div role="status" class="notice">
          <p>{t('screenOptionsChanged', String(flagged.length))}</p>
          <ul>
            {flagged.map((s) => (
              <li key={s.id}>
                {s.name}: {changesText(s)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={`${href}#saved`} target="_blank" rel="noreferrer">
          {t('screenOpenPage')}
        </a>
      </p>
    </div>
  );
}
