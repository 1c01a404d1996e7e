/**
 * Reads what the extension painted, from the page's own view of the highlight registry (shared
 * with content scripts in Chrome and Firefox): registry name → the text of each range, in order.
 * Runs inside the page, so it is passed as a function to `page.evaluate`.
 */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('wro-')) return;
    const texts: string[] = [];
    highlight.forEach((range) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      texts.push(r.toString());
    });
    out[name] = texts.sort();
  });
  return out;
}

export function allTexts(highlights: Record<string, string[]>): string[] {
  return Object.values(highlights).flat().sort();
}

/** A page of either driver (Playwright or Puppeteer): its frames can run `readHighlights`. */
interface FramedPage {
  frames(): Array<{ evaluate(fn: typeof readHighlights): Promise<Record<string, string[]>> }>;
}

/** Distinct painted texts over every frame of the page (a frame that has gone away counts as none). */
export async function paintedTexts(page: FramedPage): Promise<string[]> {
  const perFrame = await Promise.all(page.frames().map((f) => f.evaluate(readHighlights).catch(() => ({}))));
  return [...new Set(perFrame.flatMap((h) => Object.values(h).flat()))].sort();
}

export const includesAll =
  (expected: string[]) =>
  (texts: string[]): boolean =>
    expected.every((e) => texts.includes(e));
