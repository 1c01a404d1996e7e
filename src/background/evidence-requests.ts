/**
 * Evidence the background takes or removes: a page capture of a decided finding (what the tab's
 * frames reported for the record, never text a page sends, and on request a screenshot of the
 * visible tab), and deleting a decision with or without its evidence. Files the buyer attaches are
 * stored by the options page itself (platform/evidence-store.ts says why).
 */
import { DISMISSAL } from '../core/decision';
import { capText } from '../core/finding-context';
import type { PageCapture } from '../core/org/evidence';
import browser from '../platform/browser';
import { deleteDecision } from '../platform/decision-delete';
import { getDecision } from '../platform/decision-store';
import { addEvidence } from '../platform/evidence-store';
import type { RequestHandlers } from '../platform/requests';
import { announceDismissalsChanged } from './decision-requests';
import { getTabFindings } from './tab-findings';

/** The visible tab as PNG bytes, if `tabId` is the tab its window shows (the popup's click granted `activeTab`). */
async function screenshotOf(tabId: number): Promise<Blob> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new Error('the tab is not the one its window shows');
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
}

const distinct = (texts: string[]) => [...new Set(texts.filter((t) => t !== ''))].join(' | ');

export const evidenceRequests = {
  'capture-page': async ({ tabId, decisionId, screenshot }) => {
    const decision = await getDecision(decisionId);
    if (!decision) throw new Error(`No decision ${decisionId}`);
    const tab = await getTabFindings(tabId);
    const findings = Object.values(tab?.frames ?? {}).flat().filter((f) => f.recordId === decision.recordId);
    if (!tab || findings.length === 0) throw new Error('the tab no longer shows this finding');
    const time = new Date().toISOString();
    const capture: PageCapture = {
      url: tab.url,
      title: tab.title,
      time,
      matchedText: capText(distinct(findings.map((f) => f.matchedText)), 1000),
      context: capText(distinct(findings.map((f) => f.context ?? '')), 1000),
    };
    let blob: Blob | undefined;
    let screenshotError: string | null = null;
    if (screenshot) {
      try {
        blob = await screenshotOf(tabId);
      } catch (e) {
        screenshotError = e instanceof Error ? e.message : String(e);
      }
    }
    const item = await addEvidence({
      id: crypto.randomUUID(),
      decisionUid: decision.uid,
      kind: blob ? 'screenshot' : 'capture',
      name: `page-capture-${time.slice(0, 19).replace(/[:T]/g, '-')}${blob ? '.png' : ''}`,
      type: blob ? 'image/png' : 'text/plain',
      size: blob?.size ?? 0,
      addedAt: time,
      capture,
      ...(blob ? { blob } : {}),
    });
    return { item, screenshotError };
  },
  'delete-decision': async ({ id, deleteEvidence }) => {
    const { deleted, evidenceDeleted } = await deleteDecision(id, deleteEvidence);
    if (deleted.outcome === DISMISSAL && deleted.undoneAt === null) await announceDismissalsChanged();
    return { evidenceDeleted };
  },
} satisfies Partial<RequestHandlers>;
