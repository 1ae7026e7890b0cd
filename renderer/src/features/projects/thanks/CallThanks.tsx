/**
 * One person on the call list: their phone, a short script, an optional note, then "Called" (or "Thanked in
 * person", for someone with no phone who prefers to be thanked when they come in).
 */
import { useState, type ReactNode } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { PROJECT_LIMITS, type Project } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import { t } from '../../../i18n';
import { ContributorHeading, displayName } from './ContributorHeading';
import { scriptFor } from './thanks-drafts';
import type { ThanksRecorder } from './useThanksRecorder';

/** Props of CallThanks. */
export interface CallThanksProps {
  readonly contributor: Contributor;
  readonly project: Project;
  readonly officeName: string;
  readonly recorder: ThanksRecorder;
  readonly onMarked: () => void;
}

/** One call to make. */
export function CallThanks({ contributor, project, officeName, recorder, onMarked }: CallThanksProps): ReactNode {
  const [note, setNote] = useState('');
  const name = displayName(contributor);
  const hasPhone = contributor.phone !== '';
  const mark = async (method: 'phone' | 'in-person') => {
    if (await recorder.record(contributor, method, note)) onMarked();
  };
  return (
    <li className="thanks-person" data-testid="thanks-call">
      <ContributorHeading contributor={contributor} />
      <p className="thanks-phone">{hasPhone ? t('thanks.call.phone', { phone: contributor.phone }) : t('thanks.call.noPhone')}</p>
      <p className="thanks-facts">{t('thanks.call.script')}</p>
      <blockquote className="thanks-script">{scriptFor(contributor, project, officeName)}</blockquote>
      <form
        className="thanks-actions"
        onSubmit={(event) => {
          event.preventDefault();
          void mark(hasPhone ? 'phone' : 'in-person');
        }}
      >
        <TextField className="thanks-field" value={note} onChange={setNote} maxLength={PROJECT_LIMITS.thanksNote}>
          <Label>{t('thanks.call.noteOne', { name })}</Label>
          <Input className="settings-input" />
        </TextField>
        {hasPhone && (
          <Button type="submit" className="button button-primary" aria-label={t('thanks.call.calledOne', { name })}>
            {t('thanks.call.called')}
          </Button>
        )}
        <Button
          type={hasPhone ? 'button' : 'submit'}
          className={hasPhone ? 'button button-secondary' : 'button button-primary'}
          onPress={hasPhone ? () => void mark('in-person') : undefined}
          aria-label={t('thanks.call.inPersonOne', { name })}
        >
          {t('thanks.call.inPerson')}
        </Button>
      </form>
    </li>
  );
}
