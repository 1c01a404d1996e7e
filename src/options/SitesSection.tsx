/**
 * Options page section: where WRO Check looks. The portals it checks by default, the sites the
 * user chose to always check or switched off (each undone here), and what the organisation's
 * policy decides.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SiteLists } from '../core/site-switch';
import { request } from '../platform/request-client';
import { t } from '../platform/i18n';
import { DismissalsList } from './DismissalsList';

/** A match pattern or origin as people read it: its host ("https://*.example.org/*" → "*.example.org"). */
const siteName = (site: string): string => site.replace(/^(\*|https?):\/\//, '').replace(/\/.*$/, '');

function SiteList({ id, sites, action }: { id: string; sites: string[]; action?: (site: string) => { label: string; run: () => void } }) {
  if (sites.length === 0) return <p class="hint">{t('sitesNone')}</p>;
  return (
    <ul class="sites" aria-labelledby={id}>
      {sites.map((site) => {
        const act = action?.(site);
        return (
          <li key={site}>
            {siteName(site)}
            {act ? (
              <>
                {' '}
                <button type="button" class="secondary" onClick={act.run}>
                  {act.label}
                </button>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function SitesSection() {
  const [sites, setSites] = useState<SiteLists | { error: string } | undefined>();
  const [message, setMessage] = useState('');
  const load = useCallback(
    () => request('list-sites').then(setSites, (e: unknown) => setSites({ error: t('sitesLoadFailed', String(e)) })),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  // The status is said once the list shows the change: a screen reader hears "switched back on" only
  // when the site has left the list.
  async function change(task: () => Promise<unknown>, done: string) {
    try {
      await task();
      await load();
      setMessage(done);
    } catch (e) {
      setMessage(t('sitesChangeFailed', e instanceof Error ? e.message : String(e)));
      await load();
    }
  }

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading" tabIndex={-1}>{t('sectionSites')}</h2>
      <p>{t('sitesIntro')}</p>
      <p role="status" class="decision-message">{message}</p>
      {!sites ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in sites ? (
        <p role="alert">{sites.error}</p>
      ) : (
        <>
          <h3 id="sites-off-heading">{t('sitesOffHeading')}</h3>
          <SiteList id="sites-off-heading" sites={sites.user.off} action={(origin) => ({
            label: t('sitesSwitchOn', siteName(origin)),
            run: () => void change(() => request('set-site-off', { origin, off: false }), t('sitesSwitchedOn', siteName(origin))),
          })} />
          <h3 id="sites-always-heading">{t('sitesAlwaysHeading')}</h3>
          {sites.userMayAdd ? null : <p class="hint">{t('sitesUserMayNotAdd')}</p>}
          <SiteList id="sites-always-heading" sites={sites.user.always} action={(origin) => ({
            label: t('sitesStopAlways', siteName(origin)),
            run: () => void change(() => request('set-site-always', { origin, always: false }), t('sitesNoLongerAlways', siteName(origin))),
          })} />
          {sites.policyScan.length + sites.policyBlocked.length > 0 ? (
            <>
              <h3 id="sites-policy-scan-heading">{t('sitesPolicyScanHeading')}</h3>
              <SiteList id="sites-policy-scan-heading" sites={sites.policyScan} />
              <h3 id="sites-policy-blocked-heading">{t('sitesPolicyBlockedHeading')}</h3>
              <SiteList id="sites-policy-blocked-heading" sites={sites.policyBlocked} />
            </>
          ) : null}
          <h3 id="sites-default-heading">{t('sitesDefaultHeading')}</h3>
          <SiteList id="sites-default-heading" sites={sites.defaults} />
          <DismissalsList />
        </>
      )}
    </section>
  );
}
