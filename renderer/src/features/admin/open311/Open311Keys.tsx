/**
 * The integrations' API keys: make one with a name (the key is shown once, to copy into the integration),
 * see when each was last used, and revoke one. Only POST requests needs a key; reading is public.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Open311Key } from '@shared/api/open311';
import { t } from '../../../i18n';
import { apiProblem, type ApiProblem } from '../api-problem';
import { ProblemBanner } from '../ProblemBanner';
import type { Open311AdminApi } from './open311-api';

/** Props: the API, the keys, and what to do with a changed list. */
export interface Open311KeysProps {
  api: Open311AdminApi;
  keys: readonly Open311Key[];
  onChange: (keys: Open311Key[]) => void;
}

function when(iso: string | null): string {
  return iso === null ? t('open311.keys.never') : new Date(iso).toLocaleString();
}

/** The keys section. */
export function Open311Keys({ api, keys, onChange }: Open311KeysProps): ReactNode {
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; value: string }>();
  const [problem, setProblem] = useState<ApiProblem>();

  const create = (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    api.createOpen311Key(name).then(
      (made) => {
        onChange([...keys, made.key]);
        setSecret({ name: made.key.name, value: made.secret });
        setName('');
      },
      (error: unknown) => setProblem(apiProblem(error)),
    );
  };
  const revoke = (key: Open311Key) => {
    setProblem(undefined);
    api.revokeOpen311Key(key.id).then(
      (revoked) => onChange(keys.map((k) => (k.id === revoked.id ? revoked : k))),
      (error: unknown) => setProblem(apiProblem(error)),
    );
  };

  return (
    <section className="admin-section" aria-labelledby="open311-keys-heading">
      <h4 id="open311-keys-heading">{t('open311.keys.heading')}</h4>
      <p className="admin-hint">{t('open311.keys.intro')}</p>
      <ProblemBanner problem={problem} kept="list" />
      {secret !== undefined && (
        <div className="admin-notice" role="status">
          <p>{t('open311.keys.shownOnce', { name: secret.name })}</p>
          <code data-control="open311-secret">{secret.value}</code>
        </div>
      )}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('open311.keys.name')}</th>
            <th scope="col">{t('open311.keys.hint')}</th>
            <th scope="col">{t('open311.keys.lastUsed')}</th>
            <th scope="col">{t('open311.keys.state')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id}>
              <td>{key.name}</td>
              <td>{key.hint}</td>
              <td>{when(key.lastUsedAt)}</td>
              <td>
                {key.revokedAt === null ? (
                  <button type="button" className="button button-secondary" onClick={() => revoke(key)}>
                    {t('open311.keys.revoke', { name: key.name })}
                  </button>
                ) : (
                  t('open311.keys.revoked', { when: when(key.revokedAt) })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={create} className="admin-inline-form">
        <label htmlFor="open311-key-name" className="admin-label">
          {t('open311.keys.newName')}
        </label>
        <input id="open311-key-name" className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button-primary">
          {t('open311.keys.create')}
        </button>
      </form>
    </section>
  );
}
