/**
 * What the extension must paint on each fixture page, and what it must leave alone. Shared by the
 * Chromium and Firefox suites so both browsers are held to the same answers.
 */
import { ROBUST } from './content-expectations';

export interface PageExpectation {
  page: string;
  /** Exact text of every range that must be painted (all frames of the page together). */
  highlighted: string[];
  /** Phrases on the page, as written, that look like listed names: no painted text may lie inside one. */
  notHighlighted: string[];
}

export const PAGES: PageExpectation[] = [
  {
    page: 'demo.html',
    highlighted: [
      'Hoshine Silicon Industry Co., Ltd.',
      'Maxter Glove Manufacturing Sdn. Bhd.',
      'Supermax Corporation Berhad',
    ],
    notHighlighted: [
      'top glove picks for winter',
      'Super-Max razor blades',
      'Xinjiang lamb skewers',
      'Kimberly-Clark Professional',
      'Ansell Healthcare Europe NV',
    ],
  },
  {
    page: 'portal-table.html',
    highlighted: [
      'Hefei Bitland Information Technology Co., Ltd.',
      'Sime Darby Plantation Berhad',
      'TOP GLOVE CORPORATION BHD',
    ],
    notHighlighted: ['top glove picks for winter', 'Giant cookies', 'Ergo Seating Ltd'],
  },
  {
    page: 'product-cards.html',
    highlighted: ['Hetian Taida Apparel Co., Ltd.', 'Smart Glove Corporation Sdn Bhd', 'Supermax Corporation Bhd.'],
    notHighlighted: ['Super-Max, stainless steel', 'top glove picks for winter', 'Oasis Outdoor Trading'],
  },
  // Names split by inline markup, a web component's shadow root, fields and editors skipped, a hostile page.
  ROBUST,
  {
    page: 'iframe-quote.html',
    highlighted: ['Brightway Holdings Sdn Bhd'],
    notHighlighted: ['Northwood Paper Ltd'],
  },
];


/** Painted texts that fall inside one of the page's decoy phrases (there should be none). */
export function paintedDecoys(texts: string[], decoys: string[]): string[] {
  return texts.filter((text) => decoys.some((decoy) => decoy.includes(text)));
}
