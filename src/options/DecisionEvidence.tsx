/** A decision's evidence in the options page's list: each file or page capture (name, type, size; open, remove), and "Attach files". */
import { useEffect, useState } from 'preact/hooks';
import type { Decision } from '../core/decision';
import { EVIDENCE_TYPES, type EvidenceMeta } from '../core/org/evidence';
import { attachFile, getEvidence, listEvidence, removeEvidence } from '../platform/evidence-store';
import { formatDateTime, t } from '../platform/i18n';
import { downloadBlob } from '../ui/download';
import { evidenceProblemText, fileSize } from '../ui/evidence-words';

/** What the file chooser offers: the kinds that may be attached. */
const ACCEPT = Object.keys(EVIDENCE_TYPES).map((extension) => `.${extension}`).join(',');

/** The id of the options page's one sentence on what may be attached (rendered by the decisions section). */
export const EVIDENCE_LIMITS_ID = 'evidence-limits';

function EvidenceLine({ item, onOpen, onRemove }: { item: EvidenceMeta; onOpen(): void; onRemove(): void }) {
  return (
    <li>
      <span class="evidence-name">{item.kind === 'file' ? item.name : t(item.kind === 'capture' ? 'evidenceCaptureName' : 'evidenceScreenshotName')}</span>{' '}
      {item.kind === 'capture' ? null : (
        <span class="hint">
          ({item.type}, {fileSize(item.size)})
        </span>
      )}
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

export function DecisionEvidence({ decision }: { decision: Decision }) {
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
    </div>
  );
}
