/** Evidence problems and sizes in words, for the options page and the popup. */
import { formatNumber, t } from '../platform/i18n';
import { EvidenceRefused } from '../platform/evidence-store';

/** A size as people read it: kilobytes below a megabyte, else megabytes with one decimal. */
export function fileSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb < 1 ? t('evidenceSizeKb', formatNumber(Math.max(1, Math.round(bytes / 1024)))) : t('evidenceSizeMb', formatNumber(Math.round(mb * 10) / 10));
}

/** Why a file was not stored, in a sentence that names it. */
export function evidenceProblemText(e: unknown): string {
  if (!(e instanceof EvidenceRefused)) return t('evidenceFailed', e instanceof Error ? e.message : String(e));
  const p = e.problem;
  switch (p.reason) {
    case 'type':
      return t('evidenceRefusedType', p.name);
    case 'empty':
      return t('evidenceRefusedEmpty', p.name);
    case 'too-large':
      return t('evidenceRefusedSize', [p.name, fileSize(p.size)]);
    case 'total':
      return t('evidenceRefusedTotal', [p.name, fileSize(p.stored)]);
    case 'quota':
      return t('evidenceQuota', p.name);
  }
}
