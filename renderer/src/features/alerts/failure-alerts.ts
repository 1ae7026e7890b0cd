/**
 * Who hears of failed priority emails and which failures ring: the people who can act on one (go-to people and
 * admins, signed in, since resending needs the server) see every failure of the office's last week in the app;
 * a desktop notification rings once per failure, and only for failures of the last day, so a desk signing in
 * after a week away is not buried in old news (the alert list still shows them).
 */
import type { Role } from '@shared/api/staff';
import { failureKey, type EscalationWithConcern } from '../../db';
import type { ConnectionState } from '../../office/connection';

/** Roles that hear of failed priority emails and may resend them. */
export const FAILURE_ALERT_ROLES: readonly Role[] = ['admin', 'goto'];

/** How far back the alert list looks. */
export const FAILURE_LIST_MS = 7 * 24 * 60 * 60 * 1000;
/** How old a failure may be and still ring. */
export const FAILURE_RING_MS = 24 * 60 * 60 * 1000;

/** True when the person signed in at this desk hears of failed priority emails and may resend them. */
export function canActOnFailures(connection: Pick<ConnectionState, 'phase' | 'account'>): boolean {
  return connection.phase === 'signed-in' && connection.account !== undefined && FAILURE_ALERT_ROLES.includes(connection.account.role);
}

/** The failures to offer a notification for: still failed, recent enough, newest first (rung-ness is the db's). */
export function ringable(alerts: readonly EscalationWithConcern[], now: Date): EscalationWithConcern[] {
  const since = new Date(now.getTime() - FAILURE_RING_MS).toISOString();
  return alerts.filter(({ escalation }) => escalation.state === 'failed' && (escalation.failedAt ?? '') >= since);
}

/**
 * The alerts to list: failures not dismissed here, and the ones resent from this desk (`followed`, escalation
 * ids) until dismissed, so whoever resent one sees it go out.
 */
export function listed(
  alerts: readonly EscalationWithConcern[],
  dismissed: ReadonlySet<string>,
  followed: ReadonlySet<string>,
): EscalationWithConcern[] {
  return alerts.filter(({ escalation }) =>
    escalation.state === 'failed' ? !dismissed.has(failureKey(escalation)) : followed.has(escalation.id),
  );
}
