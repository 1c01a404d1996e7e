/**
 * The screening page's "Products to ask about": high-risk goods named in the screened rows, each
 * with what to ask, its source and the rows that named it. A section of its own, after the listed
 * companies' results and never counted with them.
 */
import type { GoodInRows } from '../core/risk/row-notes';
import { formatNumber, t } from '../platform/i18n';
import { ProductNoteText } from '../ui/ProductNoteText';
import { placeText } from './place-text';

export function ProductNotesSection({ goods }: { goods: GoodInRows[] | undefined }) {
  if (!goods || goods.length === 0) return null;
  return (
    // On paper the printed report lists the notes, after the findings.
    <section class="product-notes no-print" aria-labelledby="product-notes-heading">
      <h2 id="product-notes-heading">{t('productNotesHeading')}</h2>
      <p class="hint">{t('productNotesIntro')}</p>
      <ul>
        {goods.map(({ note, rows, rowCount }) => (
          <li key={note.goodId} class="product-note" data-good={note.goodId}>
            <ProductNoteText note={note}>
              <p class="hint product-note-rows">
                {t('productNoteRows', rows.map((r) => placeText(r)).join(', '))}
                {rowCount > rows.length ? ` ${t('productNoteMoreRows', formatNumber(rowCount - rows.length))}` : ''}
              </p>
            </ProductNoteText>
          </li>
        ))}
      </ul>
    </section>
  );
}
