/**
 * The popup's "Products to ask about": high-risk goods named on the tab's page, when the setting or
 * the policy has product notes on for pages. A section of its own, after the listed companies,
 * worded as prompts to ask the supplier, never counted with the findings or in the toolbar badge.
 * Nothing at all is shown when the setting is off or nothing was noted.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageProductNotes } from '../core/risk/product-notes';
import { request } from '../platform/request-client';
import { t } from '../platform/i18n';
import { ProductNoteText } from '../ui/ProductNoteText';

export function ProductNotes({ tabId }: { tabId: number }) {
  const [answer, setAnswer] = useState<PageProductNotes | undefined>();
  useEffect(() => {
    request('get-product-notes', { tabId }).then(setAnswer, () => setAnswer(undefined));
  }, [tabId]);
  if (!answer) return null;
  // Answered with nothing to show (off, or no goods): an empty marker, so a test can tell "answered" from "not yet".
  if (!answer.enabled || answer.notes.length === 0) return <div hidden data-product-notes={answer.enabled ? 'none' : 'off'} />;
  return (
    <section class="product-notes" data-product-notes="shown" aria-labelledby="product-notes-heading">
      <h2 id="product-notes-heading">{t('productNotesHeading')}</h2>
      <p class="hint">{t('productNotesIntro')}</p>
      <ul>
        {answer.notes.map((note) => (
          <li key={note.goodId} class="product-note" data-good={note.goodId}>
            <ProductNoteText note={note} />
          </li>
        ))}
      </ul>
    </section>
  );
}
