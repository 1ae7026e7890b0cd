/** The icon beside an email's state line; the line's words carry the meaning, so it is hidden from screen readers. */
import type { ReactNode } from 'react';
import { MailCheck, MailQuestion, MailWarning } from 'lucide-react';
import type { EmailStateLine } from './email-state';

/** The icon of a state. */
export function EmailStateIcon({ state }: { state: EmailStateLine['state'] | 'not-sent' }): ReactNode {
  // Handled: a desk sent it on itself, so the concern did reach someone.
  if (state === 'sent' || state === 'handled') return <MailCheck size={16} aria-hidden="true" />;
  if (state === 'failed') return <MailWarning size={16} aria-hidden="true" />;
  return <MailQuestion size={16} aria-hidden="true" />;
}
