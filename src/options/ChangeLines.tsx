/** What an update changed in the list, one line per company or order, and how many are not shown. */
import type { Text } from '../core/message';
import { formatNumber, t, tr } from '../platform/i18n';

export function ChangeLines({ lines, count, label }: { lines: Text[]; count: number; label: string }) {
  if (lines.length === 0) return null;
  return (
    <>
      <ul class="changes" aria-label={label}>
        {lines.map((line, i) => (
          <li key={i}>{tr(line)}</li>
        ))}
      </ul>
      {count > lines.length ? <p class="hint">{t('changesShown', [formatNumber(lines.length), formatNumber(count)])}</p> : null}
    </>
  );
}
