/**
 * What became of the automatic acknowledgement to the concern's citizen: queued, sent (to which address, when)
 * or failed (why). Nothing shows until the server has one for the concern (not every concern gets one).
 */
import type { ReactNode } from 'react';
import { acknowledgementOf, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { acknowledgementLine } from '../alerts/email-state';
import { EmailStateIcon } from '../alerts/EmailStateIcon';
import '../alerts/email-state.css';

/** The acknowledgement line of an expanded concern. */
export function EntryAcknowledgement({ concernId }: { concernId: string }): ReactNode {
  const { db } = useDesk();
  const acknowledgement = useLiveQuery(() => acknowledgementOf(db, concernId), [db, concernId]);
  if (acknowledgement === undefined) return null;
  const { state, text } = acknowledgementLine(acknowledgement);
  return (
    <p className="entry-acknowledgement" data-acknowledgement-state={state}>
      <EmailStateIcon state={state} />
      {text}
    </p>
  );
}
