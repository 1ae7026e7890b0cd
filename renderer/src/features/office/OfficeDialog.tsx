/**
 * The office server dialog: connect (desktop: the address), sign in or set up the server, then who is signed
 * in and how sync goes. Opened from settings, the status line and the command palette.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { AppDialog } from '../../components/AppDialog';
import type { ConnectionState } from '../../office/connection';
import { useConnectionState, useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { AccountPanel } from './AccountPanel';
import { AddressForm } from './AddressForm';
import { SetupForm } from './SetupForm';
import { SignInForm } from './SignInForm';
import { SyncSummary } from './SyncSummary';
import '../settings/settings.css';
import './office.css';

/** Props of the office dialog. */
export interface OfficeDialogProps {
  isOpen: boolean;
  onClose: () => void;
  /** Opens the admin screen (shown to admins only). */
  onOpenAdmin: () => void;
}

/** The office server dialog. */
export function OfficeDialog({ isOpen, onClose, onOpenAdmin }: OfficeDialogProps): ReactNode {
  return (
    <AppDialog
      isOpen={isOpen}
      onClose={onClose}
      title={t('office.title')}
      modalClassName="settings-modal"
      className="settings-dialog"
      headerClassName="settings-header"
      titleClassName="settings-title"
    >
      <div className="settings-body office-body">
        <OfficeContent onOpenAdmin={onOpenAdmin} />
      </div>
    </AppDialog>
  );
}

type Mode = 'sign-in' | 'setup' | 'address';

function OfficeContent({ onOpenAdmin }: { onOpenAdmin: () => void }): ReactNode {
  const office = useOffice();
  const connection = useConnectionState();
  const [mode, setMode] = useState<Mode>('sign-in');
  const [needsSetup, setNeedsSetup] = useState(false);
  const [mustChangePassword, setMustChangePassword] = useState(false);
  const [message, setMessage] = useState<string>();
  const isSignedOut = connection.phase === 'signed-out';

  useEffect(() => {
    if (!isSignedOut) return;
    let isCurrent = true;
    office.setupStatus().then(
      (status) => {
        if (!isCurrent) return;
        setNeedsSetup(status.needsSetup);
        if (status.needsSetup) setMode('setup');
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [office, isSignedOut]);

  if (connection.phase === 'loading') return <p>{t('boot.loading')}</p>;
  const account = connection.account;
  return (
    <>
      <p className="settings-hint">{t('office.intro')}</p>
      <AddressLine connection={connection} onChange={() => setMode('address')} isChanging={mode === 'address'} />
      {message !== undefined && (
        <p className="office-callout" role="status">
          {message}
        </p>
      )}
      {connection.notice !== undefined && <p className="office-callout">{connection.notice}</p>}
      {(connection.phase === 'no-server' || mode === 'address') && connection.addressMode === 'chosen' && (
        <AddressForm initial={connection.address} />
      )}
      {isSignedOut && mode !== 'address' && (
        <section className="office-section" aria-labelledby="office-signin-title">
          <h3 id="office-signin-title" className="office-section-title">
            {mode === 'setup' ? t('office.setup.title') : t('office.signIn.title')}
          </h3>
          {account !== undefined && !account.isSignedIn && <p>{t('office.account.signedOutHint', { office: account.officeName })}</p>}
          {mode === 'setup' ? (
            <SetupForm onSignedIn={() => setMessage(undefined)} />
          ) : (
            <SignInForm
              onSignedIn={(staff) => {
                setMessage(undefined);
                setMustChangePassword(staff.mustChangePassword);
              }}
            />
          )}
          {needsSetup && (
            <>
              <p className="settings-hint">{t('office.signIn.setupHint')}</p>
              <Button className="settings-button" onPress={() => setMode(mode === 'setup' ? 'sign-in' : 'setup')}>
                {mode === 'setup' ? t('office.signIn.signInInstead') : t('office.signIn.setupInstead')}
              </Button>
            </>
          )}
        </section>
      )}
      {connection.phase === 'signed-in' && account !== undefined && mode !== 'address' && (
        <AccountPanel
          connection={{ ...connection, account }}
          mustChangePassword={mustChangePassword}
          onPasswordChanged={() => {
            setMustChangePassword(false);
            setMessage(t('office.password.done'));
          }}
          onOpenAdmin={account.role === 'admin' ? onOpenAdmin : undefined}
          onSignedOut={(text) => {
            setMode('sign-in');
            setMessage(text);
          }}
        />
      )}
      <SyncSummary connection={connection} />
    </>
  );
}

function AddressLine({ connection, onChange, isChanging }: { connection: ConnectionState; onChange: () => void; isChanging: boolean }): ReactNode {
  if (connection.address === undefined) return null;
  if (connection.addressMode === 'fixed') return <p className="office-address">{t('office.address.browser', { address: connection.address })}</p>;
  return (
    <div className="office-address-row">
      <p className="office-address">{t('office.address.current', { address: connection.address })}</p>
      {!isChanging && (
        <Button className="settings-button" onPress={onChange}>
          {t('office.address.change')}
        </Button>
      )}
    </div>
  );
}
