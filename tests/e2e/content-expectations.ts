/**
 * What the content script must paint on its fixture portals, before and after the page changes.
 * Shared by the Chromium and Firefox content suites.
 */
export const ROBUST = {
  page: 'content-robust.html',
  // Split by inline markup; inside a web component's open shadow root; inside one defined after load;
  // a button's label.
  highlighted: [
    'Hefei Bitland Information Technology Co., Ltd.', 'Hetian Taida Apparel Co., Ltd.', 'Supermax Corporation Berhad',
    'Top Glove Corporation Bhd.', 'YTY Industry Holdings Sdn Bhd',
  ],
  // Editable text and fields, script, noscript, style, and decoys; a select's option (badged beside it, not painted).
  notHighlighted: ['Sime Darby', 'Hoshine', 'FGV', 'Smart Glove', 'Brightway', 'Super-Max', 'giant', 'Northwood'],
  /** Where the badges stand: the two cells, and the form (after its button and after its select). */
  badgeParents: ['form', 'form', 'split-bold', 'split-span'],
};

export const SPA = {
  page: 'content-spa.html',
  first: ['Hefei Bitland Information Technology Co., Ltd.'],
  afterRoute: ['Sime Darby Plantation Berhad'],
};

export const INFINITE = {
  page: 'content-infinite.html',
  first: [] as string[],
  afterScroll: ['Smart Glove Corporation Sdn Bhd', 'YTY Industry Holdings Sdn Bhd'],
  notHighlighted: ['Top Glove', 'Giant'],
};

export const IFRAMES = {
  page: 'content-iframes.html',
  // Same-origin preview and a cross-origin one (another port).
  highlighted: ['Brightway Holdings Sdn Bhd', 'Hoshine Silicon Industry Co., Ltd.'],
  notHighlighted: ['Northwood', 'Solent'],
};

export const PREACT = {
  page: 'content-preact.html',
  first: ['FGV Holdings Berhad', 'Supermax Corporation Berhad'],
  afterRename: ['FGV Holdings Berhad', 'Hoshine Silicon Industry Co., Ltd.', 'Supermax Corporation Berhad'],
};
