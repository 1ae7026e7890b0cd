/**
 * After adding someone or resetting their password: the temporary password, shown once, for the admin to hand
 * over. The server keeps only its hash, so this is the last chance to read it.
 */
import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleCheck } from 'lucide-react';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';

/** Props: who, their temporary password, why they have one, and "Done". */
export interface HandOverProps {
  member: StaffMember;
  password: string;
  reason: 'added' | 'reset';
  onDone: () => void;
}

/** The hand-over page; focus starts on "Done", which is described by the instructions and the password. */
export function HandOver({ member, password, reason, onDone }: HandOverProps): ReactNode {
  const headingId = useId();
  const giveId = useId();
  const passwordId = useId();
  const name = member.displayName;
  return (
    <section className="admin-handover" aria-labelledby={headingId}>
      <h3 id={headingId} className="admin-form-title admin-success">
        <CircleCheck size={22} aria-hidden />
        {t(reason === 'added' ? 'admin.handover.added' : 'admin.handover.reset', { name })}
      </h3>
      <p id={giveId}>{t('admin.handover.give', { name, email: member.email })}</p>
      <p className="admin-handover-password">
        <span className="admin-label">{t('admin.field.password')}</span>
        <code id={passwordId}>{password}</code>
      </p>
      <p className="admin-hint">{t('admin.handover.once')}</p>
      {reason === 'reset' && <p className="admin-hint">{t('admin.handover.signedOut', { name })}</p>}
      <div className="admin-form-actions">
        <Button className="button button-primary" onPress={onDone} aria-describedby={`${giveId} ${passwordId}`} autoFocus>
          {t('admin.handover.done')}
        </Button>
      </div>
    </section>
  );
}
