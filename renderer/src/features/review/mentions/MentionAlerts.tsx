/**
 * @mention alerts: comments that mention the signed-in person, not yet opened or dismissed at this desk, listed
 * like the duty alerts (who, which concern, the first words, Open and Dismiss), and one desktop notification
 * per new mention. Never for the person's own comments. Opening or dismissing marks the mention seen at this
 * desk (db/mentions.ts), so it stays gone after a restart; which mentions already rang is remembered the same
 * way, so neither a restart, a second render nor a second window rings twice. Nothing shows on a desk with no
 * account (nobody can be mentioned there).
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { AtSign } from 'lucide-react';
import { useLiveQuery } from '../../../db';
import { markMentionsSeen, takeUnrungMentions, unseenMentions, type MentionAlert, type MentionReader } from '../../../db/mentions';
import { useDesk } from '../../../app/desk-context';
import { useConnectionState } from '../../../office/office-context';
import { t } from '../../../i18n';
import { useFocusAfterRemoval } from '../../alerts/useFocusAfterRemoval';
import { mentionLine, mentionNotification } from './mention-words';
import '../../alerts/alerts.css';
import './mentions.css';

const NONE: readonly MentionAlert[] = [];

/** Rings one desktop notification for each mention among `alerts` that has not rung at this desk before. */
function useMentionNotifications(alerts: readonly MentionAlert[]): void {
  const { db, platform } = useDesk();
  useEffect(() => {
    if (alerts.length === 0) return;
    void (async () => {
      const fresh = new Set(await takeUnrungMentions(db, alerts.map((alert) => alert.comment.id)));
      for (const alert of alerts) {
        if (!fresh.has(alert.comment.id)) continue;
        platform.notify(mentionNotification(alert)).catch((error: unknown) => console.warn('Could not show a notification:', error));
      }
    })().catch((error: unknown) => console.warn('Could not check for new mentions:', error));
  }, [db, platform, alerts]);
}

/** Props of MentionAlerts. */
export interface MentionAlertsProps {
  readonly onOpen: (concernId: string) => void;
}

/** The mention alerts; nothing when there are none. */
export function MentionAlerts({ onOpen }: MentionAlertsProps): ReactNode {
  const { db, settings } = useDesk();
  const { account } = useConnectionState();
  const reader = useMemo<MentionReader | undefined>(
    () =>
      account === undefined
        ? undefined
        : { staffId: account.staffId, ownNames: [...new Set([settings.staffName, account.displayName])] },
    [account, settings.staffName],
  );
  const alerts = useLiveQuery(() => (reader === undefined ? Promise.resolve(NONE) : unseenMentions(db, reader)), [db, reader]) ?? NONE;
  useMentionNotifications(alerts);
  const { listRef, removing } = useFocusAfterRemoval(alerts.length);
  if (alerts.length === 0) return null;

  const markSeen = (alert: MentionAlert) =>
    markMentionsSeen(db, [alert.comment.id]).catch((error: unknown) => console.warn('Could not remember a mention as seen:', error));
  return (
    <section className="duty-alerts mention-alerts" aria-labelledby="mention-alerts-title" role="region">
      <h2 id="mention-alerts-title" className="duty-alerts-title">
        <AtSign size={18} aria-hidden="true" />
        {t('reviewConcern.mentions.title')}
      </h2>
      <ul ref={listRef} className="duty-alerts-list">
        {alerts.map((alert, index) => (
          <li key={alert.comment.id} className="duty-alert" data-testid="mention-alert">
            <span className="duty-alert-text">{mentionLine(alert)}</span>
            <Button
              className="button button-secondary"
              aria-label={t('reviewConcern.mentions.openOne', { by: alert.comment.by, reference: alert.reference })}
              onPress={() => {
                void markSeen(alert);
                onOpen(alert.concernId);
              }}
            >
              {t('reviewConcern.mentions.open')}
            </Button>
            <Button
              className="button button-secondary"
              aria-label={t('reviewConcern.mentions.dismissOne', { by: alert.comment.by, reference: alert.reference })}
              onPress={() => {
                // The keyboard stays in the list: the next mention's first button takes the focus.
                removing(index);
                void markSeen(alert);
              }}
            >
              {t('reviewConcern.mentions.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
