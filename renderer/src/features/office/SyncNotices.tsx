/**
 * Changes of this desk that did not take effect (someone else closed the concern first, the server refused),
 * told to staff in plain words as they happen, until dismissed. Shown above the status line; announced once.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { AlertTriangle } from 'lucide-react';
import { useOffice } from '../../office/office-context';
import type { SyncRejection } from '../../sync/rejections';
import { useAnnounce } from '../../app/announcer';
import { t } from '../../i18n';
import { rejectionText } from './sync-words';
import './office.css';

/** How many notices are listed before "and N more". */
const SHOWN = 3;

/** The notices of refused changes. */
export function SyncNotices(): ReactNode {
  const office = useOffice();
  const announce = useAnnounce();
  const [rejections, setRejections] = useState<SyncRejection[]>([]);

  useEffect(
    () =>
      office.onRejected((rejection) => {
        setRejections((list) => [...list, rejection]);
        announce(`${t('office.rejected.title')}. ${rejectionText(rejection)}`);
      }),
    [office, announce],
  );

  if (rejections.length === 0) return null;
  const rest = rejections.length - SHOWN;
  return (
    <section className="sync-notices" aria-label={t('office.rejected.title')}>
      <AlertTriangle size={18} aria-hidden="true" className="sync-notices-icon" />
      <div className="sync-notices-body">
        <h2 className="sync-notices-title">{t('office.rejected.title')}</h2>
        <ul>
          {rejections.slice(0, SHOWN).map((r) => (
            <li key={`${r.source}-${r.mutationId}`} data-testid="sync-rejection">
              {rejectionText(r)}
            </li>
          ))}
          {rest > 0 && <li>{t('office.rejected.more', { count: rest })}</li>}
        </ul>
      </div>
      <Button className="settings-button" onPress={() => setRejections([])}>
        {rejections.length > 1 ? t('office.rejected.dismissAll') : t('office.rejected.dismiss')}
      </Button>
    </section>
  );
}
