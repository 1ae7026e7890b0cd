/**
 * One top-priority concern this desk could not hand to the office server in time, with the two ways to send it
 * on now: the desk's own mail program (a prefilled email, then "did you send it?") or a call (the priority
 * number, a note of who answered). Either is recorded, so the server does not email it again later.
 */
import { useState, type ReactNode } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { MAX_FALLBACK_NOTE_LENGTH } from '@shared/sync/store';
import type { WaitingEscalation } from '../../db';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { useDesk } from '../../app/desk-context';
import { useAnnounce } from '../../app/announcer';
import { useConnectionState } from '../../office/office-context';
import { t } from '../../i18n';
import { concernLink, priorityMailto } from './priority-mailto';
import { useFallbackRecorder } from './useFallbackRecorder';
import type { FallbackMethod } from './types';

type Step = 'choose' | 'confirm-email' | 'call';

/**
 * Props: the waiting concern, minutes since it became top priority, whether the desk is connected to an office
 * server (signed in) at all, the office profile, and how to open the concern.
 */
export interface FallbackItemProps {
  waiting: WaitingEscalation;
  minutes: number;
  isConnected: boolean;
  profile: OfficeProfile;
  onOpen: () => void;
}

export function FallbackItem({ waiting, minutes, isConnected, profile, onOpen }: FallbackItemProps): ReactNode {
  const { concern } = waiting;
  const { platform } = useDesk();
  const connection = useConnectionState();
  const announce = useAnnounce();
  const record = useFallbackRecorder();
  const [step, setStep] = useState<Step>('choose');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const save = async (method: FallbackMethod) => {
    try {
      await record(concern.id, method, note);
      announce(t('fallback.recorded', { summary: concern.summary }));
    } catch (error) {
      setProblem(t('fallback.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const email = async () => {
    const url = priorityMailto(concern, profile.priorityAddresses, concernLink(connection.address, concern.id));
    try {
      await platform.openExternal(url);
      setStep('confirm-email');
    } catch (error) {
      setProblem(t('fallback.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <li className="fallback-item" data-testid="fallback-item" data-fallback-step={step}>
      <p className="fallback-text">
        {isConnected ? t('fallback.item', { summary: concern.summary, minutes }) : t('fallback.itemNotConnected', { summary: concern.summary })}
      </p>
      {step === 'choose' && (
        <div className="fallback-actions">
          <Button className="button button-primary" onPress={() => void email()} aria-label={t('fallback.emailOne', { summary: concern.summary })}>
            {t('fallback.email')}
          </Button>
          <Button className="button button-secondary" onPress={() => setStep('call')} aria-label={t('fallback.callOne', { summary: concern.summary })}>
            {t('fallback.call')}
          </Button>
          <Button className="button button-secondary" onPress={onOpen} aria-label={t('fallback.openOne', { summary: concern.summary })}>
            {t('fallback.open')}
          </Button>
        </div>
      )}
      {step === 'confirm-email' && (
        <div className="fallback-actions" role="group" aria-label={t('fallback.confirmEmail')}>
          <p className="fallback-hint">
            {t('fallback.confirmEmail')} {profile.priorityAddresses.length === 0 ? t('fallback.noAddresses') : ''}
          </p>
          <Button className="button button-primary" onPress={() => void save('email')} autoFocus>
            {t('fallback.emailSent')}
          </Button>
          <Button className="button button-secondary" onPress={() => setStep('choose')}>
            {t('fallback.emailNotSent')}
          </Button>
        </div>
      )}
      {step === 'call' && (
        <form
          className="fallback-actions"
          onSubmit={(event) => {
            event.preventDefault();
            void save('phone');
          }}
        >
          <p className="fallback-hint">
            {profile.priorityPhone === '' ? t('fallback.callNoNumber') : t('fallback.callNumber', { phone: profile.priorityPhone })}
          </p>
          <TextField className="fallback-note" value={note} onChange={setNote} maxLength={MAX_FALLBACK_NOTE_LENGTH} autoFocus>
            <Label>{t('fallback.callNote')}</Label>
            <Input className="settings-input" />
          </TextField>
          <Button type="submit" className="button button-primary">
            {t('fallback.callRecord')}
          </Button>
          <Button className="button button-secondary" onPress={() => setStep('choose')}>
            {t('fallback.cancel')}
          </Button>
        </form>
      )}
      {problem !== undefined && (
        <p className="fallback-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
