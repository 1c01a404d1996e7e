/**
 * Finds the CSV link on CBP's landing page. The file name changes with every release, so it is
 * discovered each time: the link text contains "Withhold Release Orders & Findings Dataset"
 * (misspelt "Withold" in Sept 2025, as OpenSanctions notes), else an href to a
 * withhold-release-orders*.csv file.
 */
import { Parser } from 'htmlparser2';
import { cleanText } from './text';

interface Anchor {
  href: string;
  text: string;
}

function anchors(html: string): Anchor[] {
  const found: Anchor[] = [];
  let current: Anchor | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'a') current = { href: attrs.href ?? '', text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && current) {
          found.push({ href: current.href.trim(), text: cleanText(current.text) });
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/**
 * The absolute URL of the dataset CSV, or null when the page has no such link. The caller's URL
 * policy (https only, in `refresh.ts`) decides whether it may be fetched.
 */
export function findCbpCsvLink(landingHtml: string, baseUrl: string): string | null {
  const links = anchors(landingHtml).filter((a) => a.href);
  const byText = links.find((a) => /with?h?old/i.test(a.text) && /dataset/i.test(a.text));
  const byHref = links.find((a) => /withhold-release-orders[^/]*\.csv(?:$|\?)/i.test(a.href));
  const pick = byText ?? byHref;
  if (!pick) return null;
  try {
    const url = new URL(pick.href, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
