/**
 * "Send to N people": the office server sends the month's issue through its SMTP to everyone who consented and
 * has not had it (exactly once each: shared/api/newsletter.ts), after a confirmation. Only for those who may send
 * it, and only signed in and online with the issue's last change already on the server; otherwise the panel says
 * why in plain words. Once sent, the delivery status (sent, waiting, failed with the mail server's reasons) is
 * read from the server, again every few seconds while some are still waiting.
 */
import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Send } from 'lucide-react';
import type { NewsletterDeliveriesResponse } from '@shared/api/newsletter';
import type { Month } from '@shared/domain/meeting';
import type { Newsletter } from '@shared/domain/newsletter';
import { useDesk } from '../../app/desk-context';
import { useLiveQuery } from '../../db';
import { pendingNewsletterChanges } from '../../db/newsletter';
import { useConnectionState, useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { usePermissions } from '../review/permissions';

/** How often the delivery status is read again while some deliveries wait. */
const POLL_MS = 4000;

/** Props of SendPanel. */
export interface SendPanelProps {
  readonly month: Month;
  readonly issue: Newsletter | undefined;
  readonly recipients: number;
  /** False while the editor has unsaved or invalid changes. */
  readonly isSaved: boolean;
}

/** Why sending is not possible now, or undefined when it is. */
function blocker(p: { maySend: boolean; phase: string; syncState: string; pending: number; issue: Newsletter | undefined; isSaved: boolean; recipients: number }): string | undefined {
  if (!p.maySend) return t('newsletter.send.who');
  if (p.issue === undefined) return t('newsletter.send.noIssue');
  if (p.phase !== 'signed-in') return t('newsletter.send.signIn');
  if (p.syncState === 'offline' || p.syncState === 'local-only') return t('newsletter.send.offline');
  if (!p.isSaved || p.pending > 0) return t('newsletter.send.notSynced');
  if (p.recipients === 0) return t('newsletter.send.nobody');
  return undefined;
}

/** The send button, its confirmation and the delivery status. */
export function SendPanel({ month, issue, recipients, isSaved }: SendPanelProps): ReactNode {
  const { db } = useDesk();
  const office = useOffice();
  const connection = useConnectionState();
  const sync = useSyncExternalStore(office.sync.subscribe, office.sync.get);
  const maySend = usePermissions().may('sendNewsletter');
  const pending = useLiveQuery(() => pendingNewsletterChanges(db), [db]) ?? 0;
  const api = useMemo(() => office.api(), [office, connection.account?.signedInAt]); // eslint-disable-line react-hooks/exhaustive-deps -- a new sign-in brings a new token
  const [isConfirming, setConfirming] = useState(false);
  const [isSending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [read, setRead] = useState<NewsletterDeliveriesResponse>();
  // Kept with its month: another month's status is never shown for this one.
  const deliveries = read?.month === month ? read : undefined;
  const isSent = issue?.sentAt !== null && issue?.sentAt !== undefined;

  // Read when the issue is (or becomes) sent, and again on each tick while some deliveries wait.
  const [tick, setTick] = useState(0);
  const isSignedIn = connection.phase === 'signed-in';
  useEffect(() => {
    if (!isSent || api === undefined || !isSignedIn) return undefined;
    let isCurrent = true;
    api.newsletterDeliveries(month).then(
      (answer) => isCurrent && setRead(answer),
      // The status is a courtesy: the next tick (or the next visit) reads it again.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [api, isSent, isSignedIn, month, tick]);
  const isWaiting = deliveries !== undefined && deliveries.queued + deliveries.sending > 0;
  useEffect(() => {
    if (!isWaiting) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => clearInterval(timer);
  }, [isWaiting]);

  const send = async () => {
    setConfirming(false);
    if (api === undefined) return;
    setSending(true);
    setProblem(undefined);
    try {
      const answer = await api.sendNewsletter(month);
      setRead(answer.deliveries);
      // The issue's sentAt comes back with the next pull; ask for it now rather than at the next round.
      void office.syncNow().catch(() => undefined);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  const why = blocker({ maySend, phase: connection.phase, syncState: sync.state, pending, issue, isSaved, recipients });
  return (
    <div className="newsletter-send" data-testid="newsletter-send">
      {!isSent && (
        <>
          <button type="button" className="button button-primary" disabled={why !== undefined || isSending} aria-describedby={why === undefined ? undefined : 'newsletter-send-why'} onClick={() => setConfirming(true)}>
            <Send size={16} aria-hidden="true" />
            {isSending ? t('newsletter.send.sending') : t('newsletter.send.button', { count: recipients.toLocaleString() })}
          </button>
          {why !== undefined && (
            <p className="newsletter-muted" id="newsletter-send-why">
              {why}
            </p>
          )}
        </>
      )}
      {problem !== undefined && (
        <p className="field-error" role="alert">
          {t('newsletter.send.failed', { reason: problem })}
        </p>
      )}
      {deliveries !== undefined && deliveries.total > 0 && <DeliveryStatus deliveries={deliveries} />}
      <ConfirmDialog isOpen={isConfirming} title={t('newsletter.send.confirmTitle', { count: recipients.toLocaleString() })} confirmLabel={t('newsletter.send.confirm')} onConfirm={() => void send()} onCancel={() => setConfirming(false)}>
        <p>{t('newsletter.send.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Sent, waiting and failed, with the reasons of the failures (never an address). */
function DeliveryStatus({ deliveries }: { deliveries: NewsletterDeliveriesResponse }): ReactNode {
  const waiting = deliveries.queued + deliveries.sending;
  return (
    <div className="newsletter-deliveries" role="status" data-testid="newsletter-deliveries">
      <p>{t('newsletter.deliveries.summary', { sent: deliveries.sent, waiting, failed: deliveries.failed, total: deliveries.total })}</p>
      {deliveries.failures.length > 0 && (
        <ul className="newsletter-failures">
          {deliveries.failures.map((failure) => (
            <li key={failure.reason}>{t('newsletter.deliveries.failure', { count: failure.count, reason: failure.reason })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
