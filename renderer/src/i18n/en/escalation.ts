/** Messages about a top-priority concern's email to the office's designated address. */
export const escalation = {
  'escalation.title': 'Priority email',
  'escalation.queued': 'Priority email: on its way to the office’s priority address.',
  'escalation.retrying': 'Priority email: not sent yet, trying again ({reason}).',
  'escalation.sent': 'Priority email sent to {to} at {at}.',
  'escalation.failed': 'Priority email failed: {reason}. Tell the office by phone; an admin should check the mail settings.',
  'escalation.noReason': 'the mail server gave no reason',
  'escalation.whenOnline': 'Priority email: goes out as soon as this desk is back online.',
  'escalation.notConnected': 'Priority email: goes out once this desk is connected to the office server. Tell a go-to person now.',
} as const;
