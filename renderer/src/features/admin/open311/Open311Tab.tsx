/**
 * The "Open311" tab: whether the office's GeoReport v2 endpoint answers, the services it offers (the office's
 * categories, each with a code), its address, and the integrations' API keys. Fetched each time it opens.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Open311ServiceMapping, Open311Settings } from '@shared/api/open311';
import { Skeleton } from '../../../components/Skeleton';
import { t } from '../../../i18n';
import { apiProblem, type ApiProblem } from '../api-problem';
import { ProblemBanner } from '../ProblemBanner';
import { useRemoteValue } from '../useRemoteValue';
import type { Open311AdminApi } from './open311-api';
import { Open311Keys } from './Open311Keys';
import { Open311Services } from './Open311Services';

/** Props: the API and the server's address (for the endpoint's full address). */
export interface Open311TabProps {
  api: Open311AdminApi;
  serverUrl: string;
}

function SettingsForm({ api, settings, serverUrl, onSaved }: Open311TabProps & { settings: Open311Settings; onSaved: (s: Open311Settings) => void }): ReactNode {
  const [isEnabled, setIsEnabled] = useState(settings.isEnabled);
  const [services, setServices] = useState<Open311ServiceMapping[]>(settings.services);
  const [problem, setProblem] = useState<ApiProblem>();
  const [notice, setNotice] = useState('');
  const save = (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setNotice('');
    api.saveOpen311({ isEnabled, services }).then(
      (saved) => {
        onSaved(saved);
        setNotice(t(saved.isEnabled ? 'open311.saved.on' : 'open311.saved.off'));
      },
      (error: unknown) => setProblem(apiProblem(error)),
    );
  };
  const base = serverUrl.replace(/\/+$/, '');
  return (
    <form onSubmit={save} className="admin-form">
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <ProblemBanner problem={problem} kept="typed" />
      <label className="admin-check">
        <input type="checkbox" checked={isEnabled} onChange={(e) => setIsEnabled(e.target.checked)} />
        {t('open311.field.isEnabled')}
      </label>
      <p className="admin-hint">{t('open311.addresses', { endpoint: `${base}${settings.endpointPath}`, discovery: `${base}${settings.discoveryPath}` })}</p>
      <Open311Services services={services} onChange={setServices} />
      <div className="admin-form-actions">
        <button type="submit" className="button button-primary">
          {t('open311.save')}
        </button>
      </div>
    </form>
  );
}

/** The tab's content. */
export function Open311Tab({ api, serverUrl }: Open311TabProps): ReactNode {
  const remote = useRemoteValue(() => api.getOpen311());
  const value = remote.value;
  return (
    <div className="admin-tab">
      <div className="admin-heading">
        <h3 className="admin-tab-title">{t('open311.heading')}</h3>
        <p className="admin-hint">{t('open311.intro')}</p>
      </div>
      <ProblemBanner problem={remote.problem} onRetry={remote.reload} kept="none" />
      {value === undefined ? (
        remote.isLoading && <Skeleton rows={6} label={t('open311.loading')} />
      ) : (
        <>
          <SettingsForm api={api} serverUrl={serverUrl} settings={value} onSaved={(saved) => remote.update(() => saved)} />
          <Open311Keys api={api} keys={value.keys} onChange={(keys) => remote.update((s) => ({ ...s, keys }))} />
        </>
      )}
    </div>
  );
}
