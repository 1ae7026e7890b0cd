/**
 * Delivering a citizen's acknowledgement (acknowledgement_outbox): the office's templates (office settings) filled
 * in for the concern as it is now, with the first-answer time from the office profile's response policy, sent as
 * plain text to the citizen's current address from the office's sender address under the office's name. Nothing
 * staff-internal goes in: no link into the app, no staff names, no concern id beyond the short reference (or, for a
 * suggestion form submission, the reference number the citizen was shown).
 *
 * It is not sent, and fails with the reason, when the office switched acknowledgements off meanwhile, the concern
 * was deleted, or the citizen's address or consent was taken off it (or it was made anonymous) since it was queued.
 */
import { acknowledgementAddressOf, acknowledgementValues, renderAcknowledgement } from '@shared/domain/acknowledgement';
import { submissionReferenceOf } from '../intake/intake';
import { readOfficeProfile } from '../office/profile';
import { ACKNOWLEDGEMENT_OUTBOX, type AcknowledgementRow } from './acknowledgement-rows';
import { concernOf, courierFor, giveUp, sendAndRecord, senderOf, type Courier, type DeliveryContext } from './delivery';
import { messageIdFor } from './email';
import { readOfficeSettings } from './office-settings';

const TURNED_OFF = 'The office turned citizen acknowledgements off before this one went out, so none was sent.';
const DELETED = 'The concern was deleted before its acknowledgement went out, so none was sent.';
const NO_LONGER_ALLOWED =
  "The citizen's email address or consent to be contacted was removed before the acknowledgement went out, so none was sent.";

async function deliverAcknowledgement(context: DeliveryContext, row: AcknowledgementRow): Promise<void> {
  const { db } = context;
  const settings = await readOfficeSettings(db, row.office_id);
  if (settings === undefined || !settings.acknowledgement.enabled) return giveUp(context, ACKNOWLEDGEMENT_OUTBOX, row, row.to_addresses, TURNED_OFF);
  const concern = await concernOf(db, row.office_id, row.concern_id);
  if (concern === undefined) return giveUp(context, ACKNOWLEDGEMENT_OUTBOX, row, row.to_addresses, DELETED);
  const to = acknowledgementAddressOf(concern.contact);
  if (to === undefined) return giveUp(context, ACKNOWLEDGEMENT_OUTBOX, row, row.to_addresses, NO_LONGER_ALLOWED);
  const profile = await readOfficeProfile(db, row.office_id);
  // A citizen who used the suggestion form was shown its reference number: the email repeats that one.
  const reference = await submissionReferenceOf(db, row.office_id, concern.id);
  const values = acknowledgementValues({
    concern,
    officeName: profile.officeName,
    policy: profile.responsePolicy,
    now: new Date().toISOString(),
    ...(reference === undefined ? {} : { reference }),
  });
  const { subject, body } = renderAcknowledgement(settings.acknowledgement, values);
  await sendAndRecord(context, ACKNOWLEDGEMENT_OUTBOX, row, settings, {
    from: senderOf(settings),
    fromName: values.office,
    to: [to],
    subject,
    text: body.endsWith('\n') ? body : `${body}\n`,
    // The same on every attempt, as for escalations (email.ts), so a message sent twice can be shown once.
    messageId: messageIdFor(context.publicUrl, `acknowledgement-${concern.id}`),
    // Marked automatic (RFC 3834, and Exchange's own header), so a citizen's out-of-office reply does not answer it.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  });
}

/** The worker's courier for citizens' acknowledgements. */
export function acknowledgementCourier(context: DeliveryContext): Courier {
  return courierFor(context.db, ACKNOWLEDGEMENT_OUTBOX, (row) => deliverAcknowledgement(context, row));
}
