/** Kept screenings, with those whose findings a list refresh changed flagged first. */
import type { SavedScreening } from '../core/screening/saved';
import { formatDateTime, formatNumber, t } from '../platform/i18n';
import { changesText } from '../ui/screening-changes';

interface Props {
  saved: SavedScreening[];
  onOpen(s: SavedScreening): void;
  onDelete(s: SavedScreening): void;
}

export function SavedScreenings({ saved, onOpen, onDelete }: Props) {
  const ordered = [...saved].sort((a, b) => Number(b.changes !== null) - Number(a.changes !== null));
  return (
    <section class="saved no-print" id="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('screenSavedHeading')}</h2>
      {ordered.length === 0 ? <p>{t('screenSavedNone')}</p> : null}
      <ul class="saved-list">
        {ordered.map((s) => (
          <li key={s.id} class={s.changes ? 'flagged' : ''} data-screening={s.id}>
            <strong>{s.name}</strong>{' '}
            {t('screenSavedMeta', [formatNumber(s.source.rowCount), formatNumber(s.findings.length), formatDateTime(s.screenedAt)])}
            {s.changes ? <p class="changes">{changesText(s)}</p> : null}
            <button type="button" onClick={() => onOpen(s)}>
              {t('screenSavedOpen')}
            </button>{' '}
            <button type="button" onClick={() => onDelete(s)}>
              {t('screenSavedDelete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
