/**
 * The global quick-capture shortcut: staff click the box and press the keys (or type them), then save. Main
 * takes the keys, or says in a sentence that another program holds them, and the old shortcut stays.
 */
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { AppInfo } from '@shared/ipc/contract';
import { parseAccelerator, type ShortcutState } from '@shared/ipc/desktop';
import type { DesktopBridge } from '../../../platform/platform';
import { t } from '../../../i18n';
import { recordKeyPress, shortcutLabel } from './accelerator-keys';
import { reasonOf } from './useDesktopSettings';

type Message = { readonly kind: 'done' | 'error'; readonly text: string } | undefined;

/** Props: the bridge to main, the shortcut main reports, the system (for key names), and where a change goes. */
export interface ShortcutFieldProps {
  readonly bridge: DesktopBridge;
  readonly shortcut: ShortcutState;
  readonly os: AppInfo['os'];
  readonly onChange: (shortcut: ShortcutState) => void;
}

function currentText(shortcut: ShortcutState, os: AppInfo['os']): string {
  if (shortcut.problem !== null) return shortcut.problem;
  if (shortcut.accelerator === null || !shortcut.isActive) return t('desktop.shortcut.isOff');
  return t('desktop.shortcut.active', { keys: shortcutLabel(shortcut.accelerator, os) });
}

/** The shortcut's box, Save and Turn off, and what main answered. */
export function ShortcutField({ bridge, shortcut, os, onChange }: ShortcutFieldProps): ReactNode {
  const [draft, setDraft] = useState(shortcut.accelerator ?? '');
  const [message, setMessage] = useState<Message>();
  const [isSaving, setIsSaving] = useState(false);

  async function save(typed: string | null): Promise<void> {
    let accelerator = typed;
    if (typed !== null) {
      const parsed = parseAccelerator(typed);
      if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
      accelerator = parsed.accelerator;
    }
    setIsSaving(true);
    try {
      const result = await bridge.setShortcut(accelerator);
      onChange(result.shortcut);
      if (!result.ok) return setMessage({ kind: 'error', text: result.message });
      setDraft(result.shortcut.accelerator ?? '');
      const keys = result.shortcut.accelerator;
      setMessage({ kind: 'done', text: keys === null ? t('desktop.shortcut.turnedOff') : t('desktop.shortcut.saved', { keys: shortcutLabel(keys, os) }) });
    } catch (error) {
      setMessage({ kind: 'error', text: reasonOf(error) });
    } finally {
      setIsSaving(false);
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const recorded = recordKeyPress(event, os);
    if (recorded === 'typing' || recorded === 'modifier') return;
    // A recorded press is the shortcut, not an edit of the box (Ctrl+A must not select, Alt+N must not type).
    event.preventDefault();
    event.stopPropagation();
    if (recorded === 'unsupported') return setMessage({ kind: 'error', text: t('desktop.shortcut.notAKey') });
    setDraft(recorded);
    setMessage(undefined);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSaving) void save(draft);
  };

  return (
    <form className="desktop-setting" onSubmit={onSubmit} noValidate>
      <TextField className="settings-field" value={draft} onChange={setDraft} isInvalid={message?.kind === 'error'} validationBehavior="aria">
        <Label className="settings-label">{t('desktop.shortcut')}</Label>
        <Text slot="description" className="settings-hint">
          {t('desktop.shortcut.hint')}
        </Text>
        <div className="desktop-row">
          <Input className="settings-input desktop-input" onKeyDown={onKeyDown} autoComplete="off" spellCheck={false} />
          <Button type="submit" className="settings-button" isDisabled={isSaving}>
            {isSaving ? t('desktop.shortcut.saving') : t('desktop.shortcut.save')}
          </Button>
          <Button className="settings-button" isDisabled={isSaving} onPress={() => void save(null)}>
            {t('desktop.shortcut.off')}
          </Button>
        </div>
        <FieldError className="settings-error">{message?.kind === 'error' ? message.text : ''}</FieldError>
      </TextField>
      <p className="settings-hint" role="status" data-testid="shortcut-state">
        {message?.kind === 'done' ? message.text : currentText(shortcut, os)}
      </p>
    </form>
  );
}
