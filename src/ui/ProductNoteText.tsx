/**
 * One product risk note as the popup and the screening page show it: what to ask, the origin the
 * text stated, and its source (dated, linked, "(secondary source)" when not DHS's or DOL's own page).
 */
import type { ComponentChildren } from 'preact';
import { productNoteMessage, productNoteSourceMessage } from '../core/risk/note-message';
import type { ProductNote } from '../core/risk/product-notes';
import { t, tr } from '../platform/i18n';

export function ProductNoteText({ note, children }: { note: ProductNote; children?: ComponentChildren }) {
  return (
    <>
      <p class="product-note-ask">{tr(productNoteMessage(note))}</p>
      {note.origins.length > 0 ? <p class="hint">{t('productNoteOrigins', note.origins.join(', '))}</p> : null}
      <p class="hint product-note-source">
        <a href={note.source.url} target="_blank" rel="noreferrer">
          {tr(productNoteSourceMessage(note))}
        </a>
        {note.source.secondary ? <span class="secondary-source"> {t('sourceSecondary')}</span> : null}
      </p>
      {children}
    </>
  );
}
