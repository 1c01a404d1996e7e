/** A product risk note as a sentence (a `_locales` key and its parameters), for every UI and the CLI. */
import { msg, type Message } from '../message';
import type { ProductNote } from './product-notes';

/** What to ask, and why: "High-priority UFLPA sector: ask the supplier for the polysilicon's origin and traceability." */
export function productNoteMessage(note: ProductNote): Message {
  const good = note.matchedText.toLowerCase();
  return note.kind === 'uflpa'
    ? msg('productNoteUflpa', good, note.label)
    : msg('productNoteDol', String(note.year), note.country ?? '', note.label);
}

/** Where it comes from: "UFLPA Strategy, 2024 update" or "DOL List of Goods, 2020 edition", with the source's date where known. */
export function productNoteSourceMessage(note: ProductNote): Message {
  return msg(note.kind === 'uflpa' ? 'productNoteSourceUflpa' : 'productNoteSourceDol', String(note.year), note.source.published ?? '');
}
