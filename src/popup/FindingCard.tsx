/** One listed company (or order) found on the tab: what matched and why, the record, and the decision. */
import type { Decision } from '../core/decision';
import { isActiveDismissal } from '../core/decision';
import type { TabEntry } from '../platform/request-types';
import { t } from '../platform/i18n';
import { RecordDetails } from '../ui/RecordDetails';
import { DecisionForm } from './DecisionForm';

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

interface Props {
  tabId: number;
  entry: TabEntry;
  decisions: Decision[];
  onDecisionsChange(): void;
}

export function FindingCard({ tabId, entry, decisions, onDecisionsChange }: Props) {
  const matched = distinct(entry.mentions.map((m) => m.matchedText));
  const why = distinct(entry.mentions.map((m) => m.why));
  const possibleOnly = entry.mentions.every((m) => m.confidence === 'possible');
  const dismissed = decisions.some(isActiveDismissal);
  const headingId = `rec-${entry.record.id}`;
  return (
    <article class={`finding${dismissed ? ' dismissed' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{entry.record.name}</h2>
      {possibleOnly ? <p class="possible">{t('possibleMatch')}</p> : null}
      {dismissed ? <p class="dismissed-note">{t('dismissedOnSite')}</p> : null}
      <p class="matched">
        {t('matchedText')}:{' '}
        {matched.map((m, i) => (
          <q key={i}>{m}</q>
        ))}
      </p>
      <RecordDetails
        record={entry.record}
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
        recordId={entry.record.id}
        matchedText={matched.join('; ').slice(0, 500)}
        decisions={decisions}
        onChange={onDecisionsChange}
      />
    </article>
  );
}
