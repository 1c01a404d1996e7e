/** The admin section's requests to the background, typed. */
import type { AdminState } from '../background/refresh-requests';
import type { RefreshRun } from '../background/refresh-state';
import type { EffectiveSettings, Settings } from '../core/settings';
import browser from '../platform/browser';

const ask = <T,>(message: Record<string, unknown>): Promise<T> => browser.runtime.sendMessage(message) as Promise<T>;

export const getAdminState = () => ask<AdminState>({ type: 'get-admin-state' });
export const saveSettings = (settings: Settings) => ask<EffectiveSettings>({ type: 'save-settings', settings });
export const refreshNow = () => ask<RefreshRun>({ type: 'refresh-now' });
export const applyHeld = () => ask<RefreshRun>({ type: 'apply-held' });
export const discardHeld = () => ask<RefreshRun>({ type: 'discard-held' });
export const rollBack = () => ask<RefreshRun>({ type: 'roll-back-list' });

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importFile(file: File): Promise<RefreshRun> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return ask<RefreshRun>({ type: 'import-list', fileName: file.name, base64: toBase64(bytes) });
}
