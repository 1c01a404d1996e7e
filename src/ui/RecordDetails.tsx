/** The details of one listed record and what to do about it: shared by the popup and other pages. */
import { GUIDANCE_URLS, officialListUrl, recommendedActions } from '../core/actions';
import type { ListRecord } from '../core/record';
import { formatDate, t } from './i18n';
import { KIND_KEYS, STATUS_KEYS, statusMeaningKey } from './labels';

/** "Modified 18 Sept 2023: CBP lifted the order …": the status, its date and what it means for goods. */
export function StatusLine({ record }: { record: ListRecord }) {
  return (
    <p class={`status status-${record.status}`}>
      <strong>{t(STATUS_KEYS[record.status])}</strong>
      {record.statusDate ? ` ${formatDate(record.statusDate)}` : ''}: {t(statusMeaningKey(record))}
      {record.delistedSince ? ` ${t('delistedSince', formatDate(record.delistedSince))}` : ''}
    </p>
  );
}

function guidanceLink(source: ReturnType<typeof recommendedActions>[number]['source'], record: ListRecord) {
  const url = source === 'officialList' ? officialListUrl(record) : GUIDANCE_URLS[source];
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {t(`guidance_${source}`)}
    </a>
  );
}

export function RecordDetails({ record }: { record: ListRecord }) {
  return (
    <div class="record-details">
      <p class="record-meta">
        <span class={`kind kind-${record.kind}`}>{t(KIND_KEYS[record.kind])}</span>
        {' · '}
        {t('issuedOn', formatDate(record.issued))}
        {record.country ? ` · ${record.country}` : ''}
      </p>
      <StatusLine record={record} />
      <dl>
        {record.statusNote && record.statusHistory.length <= 1 ? (
          <>
            <dt>{t('statusNote')}</dt>
            <dd>{record.statusNote}</dd>
          </>
        ) : null}
        <dt>{t('products')}</dt>
        <dd>{record.products.length > 0 ? record.products.join('; ') : t('notStated')}</dd>
        <dt>{t('scope')}</dt>
        <dd>
          {record.scope || t('notStated')}
          {record.downstream ? <p class="downstream">{t('downstreamExplained')}</p> : null}
        </dd>
        {record.subsidiaries.length > 0 ? (
          <>
            <dt>{t('subsidiaries')}</dt>
            <dd>{record.subsidiaries.join('; ')}</dd>
          </>
        ) : null}
        {record.aliases.length > 0 ? (
          <>
            <dt>{t('aliases')}</dt>
            <dd>{record.aliases.join('; ')}</dd>
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
                    {claim.note ? `: ${claim.note}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('sources')}</dt>
        <dd>
          <ul class="sources">
            {record.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.label}
                </a>
                {s.retrieved ? ` (${formatDate(s.retrieved)})` : ''}
              </li>
            ))}
            <li>
              <a href={officialListUrl(record)} target="_blank" rel="noreferrer">
                {t(record.kind === 'uflpa' ? 'officialListDhs' : 'officialListCbp')}
              </a>
            </li>
          </ul>
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
    </div>
  );
}
