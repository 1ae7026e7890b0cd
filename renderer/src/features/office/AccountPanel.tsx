/** Who is signed in here, where the sign-in is kept, changing one's password, and signing out. */
import { useState, type ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { ROLE_LABELS } from '@shared/api/staff';
import type { ConnectionState } from '../../office/connection';
import { useOffice, useSyncStatus } from '../../office/office-context';
import type { OfficeRecord } from '../../db';
import { t } from '../../i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Props of the account panel. */
export interface AccountPanelProps {
  connection: ConnectionState & { account: OfficeRecord };
  /** The password was set by an admin: ask for a new one at once. */
  mustChangePassword: boolean;
  onPasswordChanged: () => void;
  onOpenAdmin: (() => void) | undefined;
  onSignedOut: (message: string) => void;
}

/** The signed-in account. */
export function AccountPanel({ connection, mustChangePassword, onPasswordChanged, onOpenAdmin, onSignedOut }: AccountPanelProps): ReactNode {
  const office = useOffice();
  const { pending } = useSyncStatus();
  const { account } = connection;
  const [isConfirming, setConfirming] = useState(false);
  const [isSigningOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string>();

  const signOut = async () => {
    if (pending > 0 && !isConfirming) return setConfirming(true);
    setSigningOut(true);
    setProblem(undefined);
    try {
      const { serverReached } = await office.signOut();
      onSignedOut(serverReached ? t('office.account.signedOut') : t('office.account.signedOutOffline'));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <section className="office-section" aria-labelledby="office-account-title">
      <h3 id="office-account-title" className="office-section-title">
        {t('office.account.signedInAs', { name: account.displayName, role: ROLE_LABELS[account.role] })}
      </h3>
      <ul className="office-facts">
        <li>{t('office.account.office', { office: account.officeName })}</li>
        <li>{t(`office.account.kept.${connection.tokenKeeping === 'memory-only' ? 'memoryOnly' : connection.tokenKeeping}`)}</li>
      </ul>
      {mustChangePassword ? (
        <div className="office-callout">
          <p>{t('office.account.mustChange')}</p>
          <ChangePasswordForm onDone={onPasswordChanged} autoFocus />
        </div>
      ) : (
        <Disclosure className="office-disclosure">
          <Heading level={4} className="office-disclosure-heading">
            <Button slot="trigger" className="settings-button">
              {t('office.account.changePassword')}
            </Button>
          </Heading>
          <DisclosurePanel>
            <ChangePasswordForm onDone={onPasswordChanged} />
          </DisclosurePanel>
        </Disclosure>
      )}
      {isConfirming && (
        <p className="office-callout" role="alert">
          {t('office.account.signOut.pending', { count: pending, office: account.officeName })}
        </p>
      )}
      <p className="office-problem" role="alert">
        {problem}
      </p>
      <div className="settings-actions office-actions-start">
        {onOpenAdmin !== undefined && (
          <Button className="settings-button" onPress={onOpenAdmin}>
            {t('office.account.staffAndDevices')}
          </Button>
        )}
        <Button className="settings-button" onPress={() => void signOut()} isDisabled={isSigningOut}>
          {isConfirming ? t('office.account.signOut.confirm') : t('office.account.signOut')}
        </Button>
      </div>
    </section>
  );
}
