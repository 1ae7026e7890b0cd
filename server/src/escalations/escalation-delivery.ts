/**
 * Delivering a priority email (escalation_outbox): to the office's priority addresses, built by email.ts, or
 * failed with the reason when the office has no settings yet or the concern was deleted before it went out.
 */
import { composeEscalationEmail } from './email';
import { concernOf, courierFor, giveUp, sendAndRecord, senderOf, type Courier, type DeliveryContext } from './delivery';
import { readOfficeSettings } from './office-settings';
import { ESCALATION_OUTBOX, type OutboxRow } from './outbox-rows';

/** Why an escalation cannot be emailed at all: said on the concern, so an admin knows what to fix. */
const NOT_SET_UP = 'No priority address is set: an admin can set one in the office settings. No email was sent.';
const DELETED = 'The concern was deleted before its email went out, so none was sent.';

async function deliverEscalation(context: DeliveryContext, row: OutboxRow): Promise<void> {
  const settings = await readOfficeSettings(context.db, row.office_id);
  if (settings === undefined) return giveUp(context, ESCALATION_OUTBOX, row, [], NOT_SET_UP);
  const concern = await concernOf(context.db, row.office_id, row.concern_id);
  if (concern === undefined) return giveUp(context, ESCALATION_OUTBOX, row, settings.priorityAddresses, DELETED);
  const email = composeEscalationEmail({
    concern,
    escalationNumber: row.escalation_number,
    queuedAt: row.queued_at,
    includeContactDetails: settings.includeContactDetails,
    publicUrl: context.publicUrl,
  });
  await sendAndRecord(context, ESCALATION_OUTBOX, row, settings, { ...email, from: senderOf(settings), to: [...settings.priorityAddresses] });
}

/** The worker's courier for priority emails. */
export function escalationCourier(context: DeliveryContext): Courier {
  return courierFor(context.db, ESCALATION_OUTBOX, (row) => deliverEscalation(context, row));
}
