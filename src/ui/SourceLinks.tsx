/**
 * Where a record or list came from: each source as a link with the date it was read, and
 * "(secondary source)" after one that is not the issuing authority or its official publication.
 */
import type { ComponentChildren } from 'preact';
import type { Provenance } from '../core/record';
import { formatDate, t } from '../platform/i18n';

export function SourceLinks({ sources, children }: { sources: Provenance[]; children?: ComponentChildren }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noreferrer">
            {s.label}
          </a>
          {s.retrieved ? ` (${formatDate(s.retrieved)})` : ''}
          {s.secondary ? <span class="secondary-source"> {t('sourceSecondary')}</span> : null}
        </li>
      ))}
      {children}
    </ul>
  );
}
