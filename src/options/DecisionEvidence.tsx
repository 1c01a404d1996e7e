/**
 * A decision's evidence in the options page's list: each file or page capture (name, type, size;
 * open, remove), "Attach files", and deleting the decision, which asks what becomes of its evidence.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Decision } from '../core/decision';
import { EVIDENCE_TYPES, type EvidenceMeta } from '../core/org/evidence';
import { attachFile, getEvidence, listEvidence, removeEvidence } from '../platform/evidence-store';
import { formatDateTime, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import { downloadBlob } from '../ui/download';
import { evidenceProblemText, fileSize } from '../ui/evidence-words';

/** What the file chooser offers: the kinds that may be attached. */
const ACCEPT = Object.keys(EVIDENCE_TYPES).map((extension) => `.${extension}`).join(',');

/** The id of the options page's one sentence on what may be attached (rendered by the decisions section). */
export const EVIDENCE_LIMITS_ID = 'evidence-limits';

function EvidenceLine({ item, onOpen, onRemove }: { item: EvidenceMeta; onOpen(): void; onRemove(): void }) {
  return (
    <li>
      <span class="evidence-name">{item.name}</span>{' '}
      <span class="hint">
        ({item.type}
        {item.size > 0 ? `, ${fileSize(item.size)}` : ''})
      </span>
      {item.capture ? <span class="hint evidence-capture"> {t('evidenceCaptured', [item.capture.url, formatDateTime(item.capture.time), item.capture.matchedText])}</span> : null}{' '}
      {item.size > 0 ? (
        <button type="button" class="link-button" onClick={onOpen} aria-label={t('evidenceOpen', item.name)}>
          {t('evidenceOpenButton')}
        </button>
      ) : null}
      <button type="button" class="link-button" onClick={onRemove} aria-label={t('evidenceRemove', item.name)}>
        {t('evidenceRemoveButton')}
      </button>
    </li>
  );
}

/** "Delete": asks first, and what to do with the evidence when there is some. */
function DeleteDecision({ decision, evidenceCount, onDeleted }: { decision: Decision; evidenceCount: number; onDeleted(message: string): void }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) first.current?.focus();
  }, [asking]);

  async function remove(deleteEvidence: boolean) {
    try {
      await request('delete-decision', { id: decision.id as number, deleteEvidence });
      onDeleted(t('decisionDeleted', decision.recordName));
    } catch (e) {
      setError(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }
  function cancel() {
    setAsking(false);
    setTimeout(() => opener.current?.focus());
  }

  if (!asking) {
    return (
      <button type="button" class="secondary" ref={opener} onClick={() => setAsking(true)} aria-label={t('deleteDecisionFor', decision.recordName)}>
        {t('deleteDecision')}
      </button>
    );
  }
  const question = `delete-question-${decision.id}`;
  return (
    <div role="group" aria-labelledby={question} class="delete-ask" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id={question}>
        {t('deleteAsk')} {evidenceCount > 0 ? t('deleteAskEvidence', String(evidenceCount)) : ''}
      </p>
      {evidenceCount > 0 ? (
        <>
          <button type="button" ref={first} onClick={() => void remove(true)}>
            {t('deleteWithEvidence')}
          </button>{' '}
          <button type="button" onClick={() => void remove(false)}>
            {t('deleteKeepEvidence')}
          </button>
        </>
      ) : (
        <button type="button" ref={first} onClick={() => void remove(false)}>
          {t('deleteOnly')}
        </button>
      )}{' '}
      <button type="button" class="secondary" onClick={cancel}>
        {t('deleteCancel')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}

export function DecisionEvidence({ decision, onDeleted }: { decision: Decision; onDeleted(message: string): void }) {
  const [items, setItems] = useState<EvidenceMeta[] | undefined>();
  const [message, setMessage] = useState('');
  const input = `evidence-input-${decision.id}`;

  const reload = () => listEvidence(decision.uid).then(setItems, (e: unknown) => setMessage(evidenceProblemText(e)));
  useEffect(() => void reload(), [decision.uid]);

  async function attach(chooser: HTMLInputElement) {
    const files = [...(chooser.files ?? [])];
    chooser.value = '';
    const attached: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      try {
        attached.push((await attachFile(decision.uid, file, new Date().toISOString())).name);
      } catch (e) {
        problems.push(evidenceProblemText(e));
      }
    }
    setMessage([attached.length > 0 ? t('evidenceAttached', attached.join(', ')) : '', ...problems].filter(Boolean).join(' '));
    await reload();
  }
  async function open(item: EvidenceMeta) {
    const kept = await getEvidence(item.id).catch(() => undefined);
    if (kept?.blob) downloadBlob(kept.blob, item.name);
  }
  async function remove(item: EvidenceMeta) {
    try {
      await removeEvidence(item.id);
      setMessage(t('evidenceRemoved', item.name));
    } catch (e) {
      setMessage(evidenceProblemText(e));
    }
    await reload();
  }

  return (
    <div class="decision-evidence">
      {items === undefined ? null : items.length === 0 ? (
        <p class="hint">{t('evidenceNone')}</p>
      ) : (
        <ul class="evidence-list">
          {items.map((item) => (
            <EvidenceLine key={item.id} item={item} onOpen={() => void open(item)} onRemove={() => void remove(item)} />
          ))}
        </ul>
      )}
      <label for={input} class="evidence-attach">
        {t('evidenceAttach')}
      </label>
      <input
        id={input}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label={t('evidenceAttachFor', decision.recordName)}
        aria-describedby={EVIDENCE_LIMITS_ID}
        onChange={(e) => void attach(e.currentTarget as HTMLInputElement)}
      />
      <p role="status" class="decision-message">
        {message}
      </p>
      <DeleteDecision decision={decision} evidenceCount={items?.length ?? 0} onDeleted={onDeleted} />
    </div>
  );
}
