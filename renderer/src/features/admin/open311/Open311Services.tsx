/**
 * The services the endpoint offers: one row per service with its code, the category its requests are filed
 * under, the name clients show and whether it is on. Changes apply once the tab's Save is pressed.
 */
import type { ReactNode } from 'react';
import type { Open311ServiceMapping } from '@shared/api/open311';
import { t } from '../../../i18n';

/** Props: the services being edited and the change handler. */
export interface Open311ServicesProps {
  services: readonly Open311ServiceMapping[];
  onChange: (services: Open311ServiceMapping[]) => void;
}

/** The services table. */
export function Open311Services({ services, onChange }: Open311ServicesProps): ReactNode {
  const edit = (index: number, change: Partial<Open311ServiceMapping>) => onChange(services.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <table className="admin-table">
      <caption className="admin-hint">{t('open311.services.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('open311.services.isEnabled')}</th>
          <th scope="col">{t('open311.services.category')}</th>
          <th scope="col">{t('open311.services.code')}</th>
          <th scope="col">{t('open311.services.name')}</th>
          <th scope="col">{t('open311.services.group')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((service, index) => (
          <tr key={index}>
            <td>
              <input
                type="checkbox"
                checked={service.isEnabled}
                aria-label={t('open311.services.offer', { category: service.category })}
                onChange={(e) => edit(index, { isEnabled: e.target.checked })}
              />
            </td>
            <td>{service.category}</td>
            <td>
              <input className="input input-compact" value={service.code} maxLength={40} aria-label={t('open311.services.codeOf', { category: service.category })} onChange={(e) => edit(index, { code: e.target.value })} />
            </td>
            <td>
              <input className="input input-compact" value={service.name} maxLength={200} aria-label={t('open311.services.nameOf', { category: service.category })} onChange={(e) => edit(index, { name: e.target.value })} />
            </td>
            <td>
              <input className="input input-compact" value={service.group} maxLength={100} aria-label={t('open311.services.groupOf', { category: service.category })} onChange={(e) => edit(index, { group: e.target.value })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
