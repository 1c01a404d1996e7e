/**
 * The options page's Organisation section: the settings a profile shares with its organisation,
 * each locked where a policy sets it, saved together with "Save organisation settings". The
 * decisions feed's address, and how its last read went. Other organisation settings (the user's
 * name, the submission endpoint) add their field to `ORG_KEYS` and the form below.
 * Setting a feed address asks for access to its host in the same click (`permissions.request` runs
 * only from a user gesture, so nothing is awaited before it).
 */
import { useEffect, useState } from 'preact/hooks';
import { originPattern, settingsSchema, type EffectiveSettings, type Settings, type SettingKey } from '../core/settings';
import browser from '../platform/browser';
import { formatDateTime, formatNumber, t, tr } from '../platform/i18n';
import { request } from '../platform/request-client';
import type { OrgFeedStatus } from '../platform/request-types';
import { SubmissionSettings } from './SubmissionSettings';
import type { LoadedAdminState } from './use-admin-state';

/** The settings this section edits. */
const ORG_KEYS = ['userName', 'decisionsFeedUrl'] as const satisfies readonly SettingKey[];
type OrgDraft = Pick<Settings, (typeof ORG_KEYS)[number]>;

const draftOf = (settings: Settings): OrgDraft => Object.fromEntries(ORG_KEYS.map((k) => [k, settings[k]])) as OrgDraft;

const httpsHost = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
};

function Locked({ on }: { on: boolean }) {
  return on ? <span class="locked"> {t('settingLocked')}</span> : null;
}

/** The decisions feed's last read: when, how many decisions, and the last error with what is still shown. */
export function OrgFeedStatusView({ status }: { status: OrgFeedStatus | null }) {
  if (!status) return <p class="hint org-feed-status">{t('orgFeedNone')}</p>;
  return (
    <div class="org-feed-status">
      <p class="hint">
        <a href={status.url} target="_blank" rel="noreferrer noopener">{status.url}</a>
      </p>
      {status.fetchedAt ? (
        <p class="hint">{t('orgFeedRead', [formatDateTime(status.fetchedAt), formatNumber(status.decisionCount), status.exportedAt ? formatDateTime(status.exportedAt) : '?'])}</p>
      ) : status.error ? null : (
        <p class="hint">{t('orgFeedNotRead')}</p>
      )}
      {status.error ? (
        <p class="warning">
          {t('orgFeedFailed', [formatDateTime(status.checkedAt ?? ''), tr(status.error)])}
          {status.fetchedAt ? ` ${t('orgFeedKeptLastGood')}` : ''}
        </p>
      ) : null}
    </div>
  );
}

/** The feed's state, asked again whenever the admin state is (after a refresh, a save, a policy change). */
export function useOrgFeedStatus(state: LoadedAdminState): OrgFeedStatus | null | undefined {
  const [status, setStatus] = useState<OrgFeedStatus | null | undefined>();
  useEffect(() => {
    request('get-org-feed').then(setStatus, () => setStatus(undefined));
  }, [state]);
  return status;
}

function OrganisationForm({ effective, onSaved }: { effective: EffectiveSettings; onSaved: () => void }) {
  const [draft, setDraft] = useState<OrgDraft>(draftOf(effective.settings));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => setDraft(draftOf(effective.settings)), [JSON.stringify(effective)]);
  const locked = (k: SettingKey) => effective.locked.includes(k);
  const feedHost = httpsHost(draft.decisionsFeedUrl);
  const checkGranted = () => {
    if (!feedHost) return setGranted(null);
    void browser.permissions.contains({ origins: [originPattern(draft.decisionsFeedUrl)] }).then(setGranted, () => setGranted(false));
  };
  useEffect(checkGranted, [feedHost]);

  /** Asks for the feed host; says so only when it was refused or failed. */
  function grant(url: string): Promise<boolean> {
    const host = new URL(url).hostname;
    return browser.permissions.request({ origins: [originPattern(url)] }).then(
      (ok) => {
        if (!ok) setMessage({ text: t('hostRefused', host), error: true });
        checkGranted();
        return ok;
      },
      (e: unknown) => {
        setMessage({ text: t('hostGrantFailed', String(e)), error: true });
        return false;
      },
    );
  }

  function save(e: Event) {
    e.preventDefault();
    const parsed = settingsSchema.safeParse({ ...effective.settings, ...draft });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({ text: t('settingsInvalid', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`), error: true });
      return;
    }
    const url = parsed.data.decisionsFeedUrl;
    // Asked straight from the click, before anything is awaited, unless already granted (saving
    // another field asks nothing); a refusal still saves the address.
    const asked = url !== '' && !locked('decisionsFeedUrl') && granted !== true ? grant(url) : Promise.resolve(true);
    void asked.then(async (ok) => {
      try {
        await request('save-settings', { settings: parsed.data });
        if (ok) setMessage({ text: t('settingsSaved'), error: false });
        onSaved();
      } catch (err) {
        setMessage({ text: t('settingsSaveFailed', String(err)), error: true });
      }
    });
  }

  return (
    <form onSubmit={save} aria-labelledby="organisation-section-heading">
      <label for="setting-userName">
        {t('settingUserName')}
        <Locked on={locked('userName')} />
      </label>
      <input id="setting-userName" type="text" maxLength={120} autoComplete="name" value={draft.userName} disabled={locked('userName')}
        aria-describedby="setting-userName-hint" onInput={(e) => setDraft({ ...draft, userName: (e.target as HTMLInputElement).value })} />
      <p id="setting-userName-hint" class="hint">{t('settingUserNameHint')}</p>
      <label for="setting-decisionsFeedUrl">
        {t('settingDecisionsFeedUrl')}
        <Locked on={locked('decisionsFeedUrl')} />
      </label>
      <input id="setting-decisionsFeedUrl" type="text" inputMode="url" spellcheck={false} value={draft.decisionsFeedUrl} disabled={locked('decisionsFeedUrl')}
        aria-describedby="setting-decisionsFeedUrl-hint" onInput={(e) => setDraft({ ...draft, decisionsFeedUrl: (e.target as HTMLInputElement).value.trim() })} />
      <p id="setting-decisionsFeedUrl-hint" class="hint">{t('settingDecisionsFeedUrlHint')}</p>
      {feedHost && granted === false ? (
        <div class="toolbar">
          <button type="button" onClick={() => void grant(draft.decisionsFeedUrl)}>{t('grantAccess', feedHost)}</button>
        </div>
      ) : null}
      <div class="toolbar">
        <button type="submit">{t('saveOrganisationSettings')}</button>
      </div>
      {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'warning' : 'hint'}>{message.text}</p> : null}
    </form>
  );
}

export function OrganisationSection({ state, reload }: { state: LoadedAdminState; reload: () => void }) {
  const status = useOrgFeedStatus(state);
  return (
    <section id="organisation" aria-labelledby="organisation-section-heading">
      <h2 id="organisation-section-heading" tabIndex={-1}>{t('sectionOrganisation')}</h2>
      <p class="hint">{t('sectionOrganisationIntro')}</p>
      {!state ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in state ? (
        <p role="alert">{state.error}</p>
      ) : (
        <>
          <OrganisationForm effective={state.settings} onSaved={reload} />
          <h3>{t('orgFeedHeading')}</h3>
          {status === undefined ? null : <OrgFeedStatusView status={status} />}
          <SubmissionSettings effective={state.settings} onSaved={reload} />
        </>
      )}
    </section>
  );
}
