/**
 * The details of one listed record and what to do about it: shared by the popup and other pages.
 * Order follows what a buyer needs first: type and status, what goods are covered, what to do;
 * the names, source notes and provenance are folded below, with the official list always in view.
 */
import type { ComponentChildren } from 'preact';
import { GUIDANCE_URLS, officialListUrl, recommendedActions, type GuidanceSource } from '../core/actions';
import { claimNote, statusNoteOf } from '../core/list/withdrawal';
import type { ListRecord } from '../core/record';
import { formatDate, t, tr } from '../platform/i18n';
import { goodsKeys, kindKey, STATUS_KEYS, statusMeaningKey } from '../core/labels';
import { SourceLinks } from './SourceLinks';

/** What the record was before its source stopped listing it. */
function lastKnown(record: ListRecord): string {
  const before = record.statusHistory.find((c) => c.status !== 'delisted');
  if (!before) return '';
  const label = t(STATUS_KEYS[before.status]);
  return ` ${before.effective ? t('lastKnownStatusDated', [label, formatDate(before.effective)]) : t('lastKnownStatus', label)}`;
}

/** "Modified 18 Sept 2023: US authorities lifted …": the status, its date and what it means for goods. */
export function StatusLine({ record }: { record: ListRecord }) {
  return (
    <p class={`status status-${record.status}`}>
      <strong>{t(STATUS_KEYS[record.status])}</strong>
      {record.statusDate ? ` ${formatDate(record.statusDate)}` : ''}: {t(statusMeaningKey(record))}
      {record.status === 'delisted' ? lastKnown(record) : ''}
    </p>
  );
}

function OfficialListLink({ record }: { record: ListRecord }) {
  return (
    <a href={officialListUrl(record)} target="_blank" rel="noreferrer">
      {t(record.kind === 'uflpa' ? 'officialListDhs' : 'officialListCbp')}
    </a>
  );
}

function guidanceLink(source: GuidanceSource, record: ListRecord) {
  const url = source === 'officialList' ? officialListUrl(record) : GUIDANCE_URLS[source];
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {t(`guidance_${source}`)}
    </a>
  );
}

function Names({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{names.join('; ')}</dd>
    </>
  );
}

/** `afterStatus`: what the caller adds right after the status (the popup: why this finding matched). */
export function RecordDetails({ record, afterStatus }: { record: ListRecord; afterStatus?: ComponentChildren }) {
  const goods = goodsKeys(record);
  return (
    <div class="record-details">
      <p class="record-meta">
        <span class={`kind kind-${record.kind}`}>{t(kindKey(record))}</span>
        {' · '}
        {t('issuedOn', formatDate(record.issued))}
        {record.country ? ` · ${record.country}` : ''}
      </p>
      <StatusLine record={record} />
      {afterStatus}
      <dl>
        <dt>{t(goods.heading)}</dt>
        <dd>
          {record.products.length > 0 ? record.products.join('; ') : t('notStated')}
          {goods.note ? <p class="goods-note">{t(goods.note)}</p> : null}
        </dd>
        <dt>{t('scope')}</dt>
        <dd>
          {record.scope || t('notStated')}
          {record.downstream ? <p class="downstream">{t('downstreamExplained')}</p> : null}
        </dd>
      </dl>
      <h3>{t('recommendedActions')}</h3>
      <ol class="actions">
        {recommendedActions(record).map((action) => (
          <li key={action.key}>
            {t(action.key)} <span class="cite">({guidanceLink(action.source, record)})</span>
          </li>
        ))}
      </ol>
      <p class="official-list">
        <OfficialListLink record={record} />
      </p>
      <details class="provenance">
        <summary>{t('namesAndSources')}</summary>
        <dl>
          <Names label="subsidiaries" names={record.subsidiaries} />
          <Names label="aliases" names={record.aliases} />
          <Names label="formerNames" names={record.formerNames} />
          <Names label="nameVariants" names={record.nameVariants.map((v) => v.name)} />
          {statusNoteOf(record) && record.statusHistory.length <= 1 ? (
            <>
              <dt>{t('statusNote')}</dt>
              <dd>{tr(statusNoteOf(record))}</dd>
            </>
          ) : null}
          {record.statusHistory.length > 1 ? (
            <>
              <dt>{t('statusHistory')}</dt>
              <dd>
                <ul class="history">
                  {record.statusHistory.map((claim, i) => (
                    <li key={i}>
                      {t(STATUS_KEYS[claim.status])}
                      {claim.effective ? ` ${formatDate(claim.effective)}` : ''}
                      {' — '}
                      {t('claimAsOf', formatDate(claim.asOf))}
                      {claimNote(record, claim) ? `: ${tr(claimNote(record, claim))}` : ''}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t('sources')}</dt>
          <dd>
            <SourceLinks sources={record.sources}>
              <li>
                <OfficialListLink record={record} />
              </li>
            </SourceLinks>
          </dd>
        </dl>
      </details>
    </div>
  );
}
