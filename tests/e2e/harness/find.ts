/**
 * Finding an element the way a user names it (a button by its text, a field by its label, a card
 * by its heading), the same way in both drivers: the search runs inside the page, and the element
 * found is marked with an attribute that the driver then clicks, types into or reads by CSS.
 */

/** Text to match: exactly (after trimming and collapsing white space), or by pattern. */
export type TextMatch = string | RegExp;

export interface Query {
  /** Candidate elements. */
  css: string;
  /** The candidate's text (what it shows, or its aria-label) is, or matches, this. */
  text?: TextMatch;
  /** The candidate's text contains this (or matches it). */
  hasText?: TextMatch;
  /** The candidate is a form control whose label (or aria-label) is, or matches, this. */
  label?: TextMatch;
  /** The candidate holds an element matching this (an <article> by its heading). */
  has?: Query;
  /** Only among the descendants of the first element matching this. */
  within?: Query;
  /** Only candidates that are not disabled. */
  enabled?: boolean;
  /** The last match rather than the first. */
  last?: boolean;
}

/** What a test passes to a page method: CSS, or a query. */
export type Target = string | Query;

type PageText = { exact: string } | { source: string; flags: string };

/** A query as it crosses into the page (patterns as source and flags). */
export interface PageQuery {
  css: string;
  text?: PageText;
  hasText?: PageText;
  label?: PageText;
  has?: PageQuery;
  within?: PageQuery;
  enabled?: boolean;
  last?: boolean;
}

function toPageText(text: TextMatch | undefined): PageText | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? { exact: text } : { source: text.source, flags: text.flags };
}

export function toPageQuery(target: Target): PageQuery {
  const query = typeof target === 'string' ? { css: target } : target;
  return {
    css: query.css,
    text: toPageText(query.text),
    hasText: toPageText(query.hasText),
    label: toPageText(query.label),
    has: query.has && toPageQuery(query.has),
    within: query.within && toPageQuery(query.within),
    enabled: query.enabled,
    last: query.last,
  };
}

/** How a query reads in a failure message. */
export function describeTarget(target: Target): string {
  if (typeof target === 'string') return target;
  const parts = [target.css];
  if (target.text !== undefined) parts.push(`text ${String(target.text)}`);
  if (target.hasText !== undefined) parts.push(`containing ${String(target.hasText)}`);
  if (target.label !== undefined) parts.push(`labelled ${String(target.label)}`);
  if (target.has) parts.push(`holding (${describeTarget(target.has)})`);
  if (target.within) parts.push(`within (${describeTarget(target.within)})`);
  if (target.last) parts.push('the last');
  return parts.join(', ');
}

/** The attribute `markMatch` sets on the element it found. */
export const MARK = 'data-e2e-found';

/**
 * Runs in the page: marks the first element matching `query` with `data-e2e-found` = `id`
 * (moving the mark from an element found before) and returns whether one was found.
 * Self-contained, as the drivers send its source into the page.
 */
export function markMatch([query, id]: [PageQuery, string]): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const textOf = (el: Element) => norm((el as HTMLElement).innerText ?? el.textContent ?? '');
  const test = (value: string, t: PageText, whole: boolean): boolean => {
    if ('exact' in t) return whole ? value === t.exact : value.includes(t.exact);
    return new RegExp(t.source, t.flags).test(value);
  };
  /** A label's own words, without the text of a control inside it. */
  const labelWords = (label: Element) =>
    norm([...label.childNodes].filter((n) => !(n as Element).matches?.('input, select, textarea')).map((n) => n.textContent ?? '').join(' '));
  const matches = (el: Element, q: PageQuery): boolean => {
    if (!el.matches(q.css)) return false;
    if (q.enabled && (el as HTMLButtonElement).disabled) return false;
    const aria = el.getAttribute('aria-label');
    if (q.text && !test(textOf(el), q.text, true) && !(aria !== null && test(norm(aria), q.text, true))) return false;
    if (q.hasText && !test(textOf(el), q.hasText, false)) return false;
    if (q.label) {
      const labels = [...((el as HTMLInputElement).labels ?? [])].map(labelWords);
      if (aria !== null) labels.push(norm(aria));
      if (!labels.some((l) => test(l, q.label as PageText, true))) return false;
    }
    if (q.has && !first(el, q.has)) return false;
    return true;
  };
  const first = (root: ParentNode, q: PageQuery): Element | null => {
    const scope = q.within ? first(root, q.within) : root;
    if (!scope) return null;
    let found: Element | null = null;
    for (const el of scope.querySelectorAll(q.css)) {
      if (!matches(el, q)) continue;
      found = el;
      if (!q.last) break;
    }
    return found;
  };
  const found = first(document, query);
  if (!found) return false;
  for (const old of document.querySelectorAll(`[data-e2e-found="${id}"]`)) if (old !== found) old.removeAttribute('data-e2e-found');
  found.setAttribute('data-e2e-found', id);
  return true;
}

const within = (scope: Target | undefined): Query | undefined => (typeof scope === 'string' ? { css: scope } : scope);

/** A button by what it says, or its aria-label. */
export const button = (name: TextMatch, scope?: Target): Query => ({
  css: 'button, [role="button"], input[type="submit"], input[type="button"]',
  text: name,
  within: within(scope),
});

/** The form control labelled `name` (by its <label>, or aria-label), as Playwright's getByLabel finds it. */
export const labelled = (name: TextMatch, scope?: Target): Query => ({ css: 'input, select, textarea', label: name, within: within(scope) });

/** The first `css` holding a `heading` (h1–h4) whose text is, or matches, `name`: a card or a section by its title. */
export const headed = (css: string, name: TextMatch, scope?: Target): Query => ({
  css,
  has: { css: 'h1, h2, h3, h4', text: name },
  within: within(scope),
});
