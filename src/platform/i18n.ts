/**
 * Strings come from `_locales/<lang>/messages.json`; dates and numbers from `Intl`, in the language
 * of the translation in use (its `langTag`), so a date never switches language inside a sentence.
 */
import { render, singleStops, type Param } from '../core/message';
import browser from './browser';

// Each `getMessage` call costs tens of microseconds (badges ask several per name found, pages
// repeat names), and no message changes while a page is open: each is asked once.
const asked = new Map<string, string>();
const ASKED_MAX = 2_000;

export function t(key: string, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : JSON.stringify([key, substitutions]);
  const known = asked.get(id);
  if (known !== undefined) return known;
  const message = browser.i18n.getMessage(key, substitutions);
  const text = message === '' ? key : substitutions === undefined ? message : singleStops(message);
  if (asked.size >= ASKED_MAX) asked.clear();
  asked.set(id, text);
  return text;
}

// Messages that core returns are rendered from each key's template, asked once with markers for
// its substitutions and filled in here: a page of results renders thousands of sentences whose
// parameters (names, addresses) rarely repeat, which `t()`'s memory would not help.
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
const SLOT = /[\ue001-\ue009]/g;
const templates = new Map<string, string>();

function filled(key: string, substitutions: string[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    const message = browser.i18n.getMessage(key, SLOTS);
    template = message === '' ? key : message;
    templates.set(key, template);
  }
  return template.replace(SLOT, (slot) => substitutions[slot.charCodeAt(0) - 0xe001] ?? '');
}

/**
 * A message core returned (`core/message.ts`: a key and its parameters), in the translation's
 * language; text stored before messages were (old English sentences) is shown as it is.
 */
export function tr(text: Param): string {
  return render(text, { message: filled, number: formatNumber });
}

// The translation's own tag: a German browser showing the English strings (no German translation
// yet) writes "23 Jun 2026", not "23.06.2026", inside an English sentence.
const locale = (): string => {
  const tag = t('langTag');
  return tag === 'langTag' ? browser.i18n.getUILanguage() : tag;
};

// Building an Intl formatter costs far more than using one, and result tables format hundreds of
// dates: each formatter is built once per page.
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const dateFormat = lazy(() => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }));
const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }));
const numberFormat = lazy(() => new Intl.NumberFormat(locale()));

/** An ISO date (yyyy-mm-dd) as a long local date; unknown dates say so. */
export function formatDate(iso: string | null): string {
  if (!iso) return t('dateUnknown');
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat().format(date);
}

export function formatNumber(n: number): string {
  return numberFormat().format(n);
}

/** A timestamp as a local date and time, for the decision record. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat().format(date);
}

/** Whole days from `iso` to now, never negative. */
export function daysSince(iso: string, now = Date.now()): number {
  const then = new Date(iso).getTime();
  return Number.isNaN(then) ? 0 : Math.max(0, Math.floor((now - then) / 86_400_000));
}

/**
 * Tells assistive technology and the browser the language of the strings shown (the translation's
 * own tag), and titles the page from the same messages.
 */
export function applyDocumentLanguage(titleKey: string, doc: Document = document): void {
  const tag = t('langTag');
  doc.documentElement.lang = tag === 'langTag' ? 'en' : tag;
  doc.title = t(titleKey);
}
