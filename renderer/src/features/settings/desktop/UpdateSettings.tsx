/**
 * Automatic updates: the update server's address (main asks the person in a dialog of its own before using a
 * new one, so this form can only propose it), the updater's status as main pushes it, and "Check for updates".
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { normalizeUpdateServer, type UpdateStatus } from '@shared/ipc/desktop';
import type { DesktopBridge } from '../../../platform/platform';
import { t } from '../../../i18n';
import { reasonOf } from './useDesktopSettings';

type Message = { readonly kind: 'done' | 'error'; readonly text: string } | undefined;

/** Props: the bridge to main, the saved server and status, and where changes go. */
export interface UpdateSettingsProps {
  readonly bridge: DesktopBridge;
  readonly server: string | null;
  readonly status: UpdateStatus;
  readonly onServerChange: (address: string | null) => void;
  readonly onStatusChange: (status: UpdateStatus) => void;
}

/** The status in words. */
export function updateStatusText(status: UpdateStatus): string {
  switch (status.state) {
    case 'up-to-date':
      return t('desktop.updates.status.up-to-date', { time: new Date(status.checkedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) });
    case 'downloading':
      return t('desktop.updates.status.downloading', { version: status.version, percent: status.percent });
    case 'ready':
      return t('desktop.updates.status.ready', { version: status.version });
    case 'error':
      return status.message;
    default:
      return t(`desktop.updates.status.${status.state}`);
  }
}

/** The update server's box and Save, the status, and Check for updates. */
export function UpdateSettings({ bridge, server, status, onServerChange, onStatusChange }: UpdateSettingsProps): ReactNode {
  const [draft, setDraft] = useState(server ?? '');
  const [message, setMessage] = useState<Message>();
  const [isSaving, setIsSaving] = useState(false);
  const canCheck = status.state !== 'off' && status.state !== 'not-installed';

  async function save(): Promise<void> {
    let address: string | null = null;
    if (draft.trim() !== '') {
      const parsed = normalizeUpdateServer(draft);
      if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
      address = parsed.address;
    }
    setIsSaving(true);
    try {
      const result = await bridge.setUpdateServer(address);
      if (result.outcome === 'failed') return setMessage({ kind: 'error', text: result.message });
      if (result.outcome === 'declined') return setMessage({ kind: 'done', text: t('desktop.updates.declined', { address: address ?? '' }) });
      onServerChange(result.address);
      setDraft(result.address ?? '');
      setMessage({ kind: 'done', text: result.address === null ? t('desktop.updates.turnedOff') : t('desktop.updates.saved', { address: result.address }) });
    } catch (error) {
      setMessage({ kind: 'error', text: reasonOf(error) });
    } finally {
      setIsSaving(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSaving) void save();
  };

  const check = () => {
    bridge.checkForUpdates().then(onStatusChange, (error: unknown) => onStatusChange({ state: 'error', message: reasonOf(error) }));
  };

  return (
    <form className="desktop-setting" onSubmit={onSubmit} noValidate>
      <TextField className="settings-field" value={draft} onChange={setDraft} isInvalid={message?.kind === 'error'} validationBehavior="aria">
        <Label className="settings-label">{t('desktop.updates.server')}</Label>
        <Text slot="description" className="settings-hint">
          {t('desktop.updates.server.hint')}
        </Text>
        <div className="desktop-row">
          <Input className="settings-input desktop-input" type="url" inputMode="url" autoComplete="off" spellCheck={false} />
          <Button type="submit" className="settings-button" isDisabled={isSaving}>
            {isSaving ? t('desktop.updates.saving') : t('desktop.updates.save')}
          </Button>
        </div>
        <FieldError className="settings-error">{message?.kind === 'error' ? message.text : ''}</FieldError>
      </TextField>
      {message?.kind === 'done' && (
        <p className="settings-hint" role="status">
          {message.text}
        </p>
      )}
      <div className="desktop-row desktop-update-status">
        <p className="settings-hint" role="status" data-testid="update-status">
          {updateStatusText(status)}
        </p>
        <Button className="settings-button" isDisabled={!canCheck} onPress={check}>
          {t('desktop.updates.check')}
        </Button>
      </div>
    </form>
  );
}
