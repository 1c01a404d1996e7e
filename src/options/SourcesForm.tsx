/**
 * The admin's list sources, refresh settings and discreet mode, editable unless set by policy. Each source's
 * host is contacted only once the admin grants it: `permissions.request` must run straight from
 * the click, so the grant button calls it before anything else.
 */
import { useEffect, useState } from 'preact/hooks';
import { FEED_KINDS, SOURCE_KINDS } from '../core/list/formats';
import { DEFAULT_SETTINGS, originPattern, settingsSchema, type EffectiveSettings, type Settings, type SettingKey, type SourceSetting } from '../core/settings';
import browser from '../platform/browser';
import { request } from '../platform/request-client';
import { t } from '../platform/i18n';

const hostOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
};

function useGranted(sources: SourceSetting[]): [Record<string, boolean>, () => void] {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [tick, setTick] = useState(0);
  const hosts = [...new Set(sources.map((s) => hostOf(s.url)).filter((h): h is string => h !== null))];
  const key = hosts.join(' ');
  useEffect(() => {
    void Promise.all(hosts.map(async (h) => [h, await browser.permissions.contains({ origins: [`https://${h}/*`] })] as const)).then((pairs) =>
      setGranted(Object.fromEntries(pairs)),
    );
  }, [key, tick]);
  return [granted, () => setTick((n) => n + 1)];
}

function Locked({ on }: { on: boolean }) {
  return on ? <span class="locked"> {t('settingLocked')}</span> : null;
}

export function SourcesForm({ effective, onSaved }: { effective: EffectiveSettings; onSaved: (e: EffectiveSettings) => void }) {
  const [draft, setDraft] = useState<Settings>(effective.settings);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Reset the form only when what is in force changed (a save, a policy), not on every reload of the page's state.
  useEffect(() => setDraft(effective.settings), [JSON.stringify(effective)]);
  const [granted, recheck] = useGranted(draft.sources);
  const locked = (k: SettingKey) => effective.locked.includes(k);
  const sourcesLocked = locked('sources');

  const setSource = (i: number, patch: Partial<SourceSetting>) =>
    setDraft({ ...draft, sources: draft.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const addSource = () =>
    setDraft({ ...draft, sources: [...draft.sources, { id: `source-${Date.now().toString(36)}`, kind: 'wro-json', url: 'https://', label: '', enabled: true }] });
  const removeSource = (i: number) => setDraft({ ...draft, sources: draft.sources.filter((_, j) => j !== i) });

  function grant(url: string) {
    // No await before this call: the browser only shows the prompt from a user gesture.
    browser.permissions.request({ origins: [originPattern(url)] }).then(
      (ok) => {
        setMessage({ text: ok ? t('hostGranted', new URL(url).hostname) : t('hostRefused', new URL(url).hostname), error: !ok });
        recheck();
      },
      (e: unknown) => setMessage({ text: t('hostGrantFailed', String(e)), error: true }),
    );
  }

  async function save(e: Event) {
    e.preventDefault();
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({ text: t('settingsInvalid', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`), error: true });
      return;
    }
    try {
      onSaved(await request('save-settings', { settings: parsed.data }));
      setMessage({ text: t('settingsSaved'), error: false });
    } catch (err) {
      setMessage({ text: t('settingsSaveFailed', String(err)), error: true });
    }
  }

  const num = (k: 'refreshHours' | 'maxListAgeDays', label: string, min: number, max: number) => (
    <div>
      <label for={`setting-${k}`}>
        {t(label)}
        <Locked on={locked(k)} />
      </label>
      <input id={`setting-${k}`} type="number" min={min} max={max} step={1} value={draft[k]} disabled={locked(k)}
        onInput={(e) => setDraft({ ...draft, [k]: Number((e.target as HTMLInputElement).value) })} />
    </div>
  );

  return (
    <form onSubmit={save} aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('sourcesHeading')}</h3>
      <p class="hint">{t('sourcesHint')}</p>
      {sourcesLocked ? <p class="hint">{t('sourcesLocked')}</p> : null}
      {draft.sources.map((s, i) => {
        const host = hostOf(s.url);
        const n = String(i + 1);
        return (
          <fieldset key={s.id} class="source">
            <legend>{s.label || t('sourceNumber', n)}</legend>
            <label for={`source-kind-${i}`}>{t('sourceKind')}</label>
            <select id={`source-kind-${i}`} value={s.kind} disabled={sourcesLocked} onChange={(e) => setSource(i, { kind: (e.target as HTMLSelectElement).value as SourceSetting['kind'] })}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>{t(FEED_KINDS[k].labelKey)}</option>
              ))}
            </select>
            <label for={`source-url-${i}`}>{t('sourceUrl')}</label>
            <input id={`source-url-${i}`} type="text" inputMode="url" spellcheck={false} value={s.url} disabled={sourcesLocked}
              onInput={(e) => setSource(i, { url: (e.target as HTMLInputElement).value.trim() })} />
            <label for={`source-label-${i}`}>{t('sourceLabel')}</label>
            <input id={`source-label-${i}`} type="text" value={s.label} disabled={sourcesLocked} onInput={(e) => setSource(i, { label: (e.target as HTMLInputElement).value })} />
            <label class="inline">
              <input type="checkbox" checked={s.enabled} disabled={sourcesLocked} onChange={(e) => setSource(i, { enabled: (e.target as HTMLInputElement).checked })} /> {t('sourceEnabled')}
            </label>
            <div class="toolbar">
              {host === null ? (
                <p class="hint">{t('sourceNeedsHttps')}</p>
              ) : granted[host] ? (
                <p class="hint">{t('hostAccessGranted', host)}</p>
              ) : (
                <button type="button" onClick={() => grant(s.url)}>{t('grantAccess', host)}</button>
              )}
              {sourcesLocked ? null : (
                <button type="button" class="secondary" onClick={() => removeSource(i)} aria-label={t('removeSourceNamed', s.label || t('sourceNumber', n))}>
                  {t('removeSource')}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      {sourcesLocked ? null : (
        <button type="button" class="secondary" onClick={addSource} disabled={draft.sources.length >= 20}>{t('addSource')}</button>
      )}
      <h3>{t('refreshSettingsHeading')}</h3>
      <div class="toolbar">
        {num('refreshHours', 'settingRefreshHours', 1, 744)}
        {num('maxListAgeDays', 'settingMaxListAgeDays', 1, 3650)}
        <div>
          <label for="setting-maxRemovalFraction">
            {t('settingMaxRemovalPercent')}
            <Locked on={locked('maxRemovalFraction')} />
          </label>
          <input id="setting-maxRemovalFraction" type="number" min={1} max={100} step={1} value={Math.round(draft.maxRemovalFraction * 100)} disabled={locked('maxRemovalFraction')}
            onInput={(e) => setDraft({ ...draft, maxRemovalFraction: Number((e.target as HTMLInputElement).value) / 100 })} />
        </div>
      </div>
      <label class="inline">
        <input type="checkbox" checked={draft.includeBundled} disabled={locked('includeBundled')} onChange={(e) => setDraft({ ...draft, includeBundled: (e.target as HTMLInputElement).checked })} />{' '}
        {t('settingIncludeBundled')}
        <Locked on={locked('includeBundled')} />
      </label>
      <h3>{t('pagesSettingsHeading')}</h3>
      <label class="inline">
        <input type="checkbox" checked={draft.discreetMode} disabled={locked('discreetMode')} aria-describedby="setting-discreetMode-hint"
          onChange={(e) => setDraft({ ...draft, discreetMode: (e.target as HTMLInputElement).checked })} />{' '}
        {t('settingDiscreetMode')}
        <Locked on={locked('discreetMode')} />
      </label>
      <p id="setting-discreetMode-hint" class="hint">{t('settingDiscreetModeHint')}</p>
      <label class="inline">
        <input type="checkbox" checked={draft.productNotesOnPages} disabled={locked('productNotesOnPages')} aria-describedby="setting-productNotesOnPages-hint"
          onChange={(e) => setDraft({ ...draft, productNotesOnPages: (e.target as HTMLInputElement).checked })} />{' '}
        {t('settingProductNotes')}
        <Locked on={locked('productNotesOnPages')} />
      </label>
      <p id="setting-productNotesOnPages-hint" class="hint">{t('settingProductNotesHint')}</p>
      <div class="toolbar">
        <button type="submit">{t('saveSettings')}</button>
        <button type="button" class="secondary" onClick={() => setDraft({ ...DEFAULT_SETTINGS, ...Object.fromEntries(effective.locked.map((k) => [k, effective.settings[k]])) })}>
          {t('resetSettings')}
        </button>
      </div>
      {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'warning' : 'hint'}>{message.text}</p> : null}
    </form>
  );
}
