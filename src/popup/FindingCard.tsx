/**
 * One listed company (or order) found on the tab, compact: its name, status and date, the rows or
 * cards it was named in (the supply chain around it) and, once decided, the decision with an undo.
 * What matched and why, the record, what to do and the decision form fold away under "Details".
 */
import { useRef, useState } from 'preact/hooks';
import type { Decision } from '../core/decision';
import { isActiveDismissal } from '../core/decision';
import { entryClass, subsidiariesNamed } from '../core/finding-order';
import { STATUS_KEYS } from '../core/labels';
import type { TabEntry } from '../platform/request-types';
import { formatDate, t } from '../platform/i18n';
import type { OrgDecisions as OrgDecided } from '../core/org/org-decisions';
import { OrgDecisions } from '../ui/OrgDecisions';
import { RecordDetails } from '../ui/RecordDetails';
import { DecisionForm } from './DecisionForm';
import { Handled } from './Handled';
import { PageCapture } from './PageCapture';

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

/** Contexts shown on the compact line; the rest are in the details. */
const CONTEXTS_SHOWN = 2;

interface Props {
  tabId: number;
  entry: TabEntry;
  decisions: Decision[];
  /** The organisation's decisions on the record (its decisions feed), if any: shown, never acted on. */
  orgDecided?: OrgDecided;
  onDecisionsChange(): void;
}

export function FindingCard({ tabId, entry, decisions, orgDecided, onDecisionsChange }: Props) {
  const { record } = entry;
  const matched = distinct(entry.mentions.map((m) => m.matchedText));
  const why = distinct(entry.mentions.map((m) => m.why));
  const contexts = distinct(entry.mentions.map((m) => m.context ?? ''));
  const cls = entryClass(record.status, entry.mentions.map((m) => m.confidence));
  const subsidiaries = subsidiariesNamed(record, matched);
  const dismissed = decisions.some(isActiveDismissal);
  // The latest decision still standing on this site (newest first), shown as what was done.
  const handled = decisions.find((d) => d.undoneAt === null);
  const headingId = `rec-${record.id}`;
  const date = record.statusDate ?? record.issued;
  const [notice, setNotice] = useState('');
  const more = useRef<HTMLElement>(null);
  return (
    <article class={`finding finding-${cls}${dismissed ? ' dismissed' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{record.name}</h2>
      <p class="finding-line">
        <span class={`finding-status status-${cls}`}>{cls === 'possible' ? t('popupPossibleMatch') : t(STATUS_KEYS[record.status])}</span>
        {date ? ` · ${formatDate(date)}` : ''}
        {subsidiaries.length > 0 ? ` · ${t('popupNamedAsSubsidiary', subsidiaries.join('; '))}` : ''}
      </p>
      {contexts.length > 0 ? (
        <ul class="finding-context" aria-label={t('popupContextLabel')}>
          {contexts.slice(0, CONTEXTS_SHOWN).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {handled ? (
        <Handled
          decision={handled}
          onUndone={(message) => {
            setNotice(message);
            onDecisionsChange();
            // The undo button goes with its line: focus stays in this finding.
            more.current?.focus();
          }}
        />
      ) : null}
      {handled?.id !== undefined ? <PageCapture tabId={tabId} decision={handled} /> : null}
      <OrgDecisions decided={orgDecided} />
      {/* Present before it speaks (text put into a new live region is often not read). */}
      <p role="status" class="hint finding-notice">
        {notice}
      </p>
      <details class="finding-more">
        <summary ref={more}>{t('popupFindingDetails')}</summary>
        {dismissed ? <p class="dismissed-note">{t('dismissedOnSite')}</p> : null}
        <p class="matched">
          {t('matchedText')}:{' '}
          {matched.map((m, i) => (
            <q key={i}>{m}</q>
          ))}
        </p>
        {contexts.length > CONTEXTS_SHOWN ? (
          <ul class="finding-context more">
            {contexts.slice(CONTEXTS_SHOWN).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : null}
        <RecordDetails
          record={record}
          afterStatus={
            why.length > 0 ? (
              <div class="why">
                <h3>{t('whyMatched')}</h3>
                <ul>
                  {why.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </div>
            ) : null
          }
        />
        <DecisionForm
          tabId={tabId}
          recordId={record.id}
          matched={matched}
          decisions={decisions}
          onChange={onDecisionsChange}
        />
      </details>
    </article>
  );
}
