/** The popup's products to ask about: every frame the content script scans is read, the top page first, each frame on lines of its own; frames it does not scan are not. */
import { afterEach, describe, expect, it, vi } from 'vitest';

interface Injection {
  target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
  args: unknown[];
}
const injections: Injection[] = [];
let answer: (target: Injection['target']) => Promise<Array<{ frameId: number; result: unknown }>>;

vi.mock('../../../src/platform/browser', () => ({
  default: {
    scripting: {
      executeScript: (injection: Injection) => {
        injections.push(injection);
        return answer(injection.target);
      },
    },
  },
}));
vi.mock('../../../src/platform/settings-store', () => ({ loadSettings: async () => ({ settings: { productNotesOnPages: true } }) }));
vi.mock('../../../src/background/tab-findings', () => ({ getTabFindings: async () => ({ frames: {}, entries: {} }) }));

const { productNoteRequests, scannedFrameText, MAX_FRAME_CHARS, MAX_PAGE_CHARS } = await import('../../../src/background/product-note-requests');
const { CONTENT_SESSION_KEY } = await import('../../../src/platform/content-session');

const notesFor = async (frames: Array<{ frameId: number; result: unknown }>) => {
  answer = async () => frames;
  const { notes } = await productNoteRequests['get-product-notes']({ tabId: 7 });
  return notes.map((n) => n.goodId);
};

afterEach(() => {
  injections.length = 0;
});

describe('products to ask about on a tab', () => {
  it('reads every frame the content script scans, in one injection, with the caps and the session key', async () => {
    const ids = await notesFor([
      { frameId: 4, result: 'Frozen prawns, origin: Vietnam' },
      { frameId: 0, result: 'Office chairs\nQuote 7' },
      { frameId: 2, result: null },
    ]);
    expect(ids).toEqual(['uflpa-seafood']);
    expect(injections).toHaveLength(1);
    expect(injections[0]).toMatchObject({ target: { tabId: 7, allFrames: true }, args: [MAX_PAGE_CHARS, MAX_FRAME_CHARS, CONTENT_SESSION_KEY] });
  });

  it('reads the top page first and never lends a frame\'s origin to another frame\'s good', async () => {
    expect((await notesFor([{ frameId: 3, result: 'Polysilicon wafers' }, { frameId: 0, result: 'Steel shelving' }])).slice(0, 2)).toEqual(['uflpa-steel', 'uflpa-silica']);
    // Gloves with no origin are DOL's China and Malaysia entries; Germany is stated in another frame only.
    expect((await notesFor([{ frameId: 3, result: 'Made in Germany' }, { frameId: 0, result: 'Latex gloves, box of 100' }])).sort()).toEqual([
      'dol-china-gloves',
      'dol-malaysia-rubber-gloves',
    ]);
    // On one frame's line, Germany rules both out.
    expect(await notesFor([{ frameId: 0, result: 'Latex gloves, made in Germany' }])).toEqual([]);
  });

  it('still reads the top page when the browser refuses the frames', async () => {
    answer = async (target) => (target.allFrames ? Promise.reject(new Error('Cannot access a frame')) : [{ frameId: 0, result: 'Polysilicon, 6N' }]);
    const { notes } = await productNoteRequests['get-product-notes']({ tabId: 7 });
    expect(notes.map((n) => n.goodId)).toContain('uflpa-silica');
    expect(injections.map((i) => i.target)).toEqual([{ tabId: 7, allFrames: true }, { tabId: 7, frameIds: [0] }]);
  });
});

describe('a frame\'s text, read in its isolated world', () => {
  const global = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete global[CONTENT_SESSION_KEY];
    delete global.document;
    delete global.window;
  });

  function frame(scanning: boolean | undefined, top: boolean): void {
    if (scanning !== undefined) global[CONTENT_SESSION_KEY] = { scanning: () => scanning };
    global.document = { body: { innerText: 'Polysilicon wafers' } };
    const self = {} as { top: unknown };
    self.top = top ? self : {};
    global.window = self;
  }

  it('is read only where the content script is scanning, cut to the top page\'s or a frame\'s cap', () => {
    frame(true, true);
    expect(scannedFrameText(11, 4, CONTENT_SESSION_KEY)).toBe('Polysilicon');
    frame(true, false);
    expect(scannedFrameText(11, 4, CONTENT_SESSION_KEY)).toBe('Poly');
    frame(false, true);
    expect(scannedFrameText(11, 4, CONTENT_SESSION_KEY)).toBeNull();
    delete global[CONTENT_SESSION_KEY];
    frame(undefined, true);
    expect(scannedFrameText(11, 4, CONTENT_SESSION_KEY)).toBeNull();
  });
});
