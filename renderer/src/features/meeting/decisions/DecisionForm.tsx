/**
 * The form to record or edit a decision or an action item: its kind (recording only: a decision does not become
 * an action item), what was decided, and for an action item who does it and by when. Errors are the schema's
 * plain words beside their field; the first field in error takes the focus. Nothing typed is lost on an error.
 */
import { useId, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_DECISION_LENGTH } from '@shared/domain/meeting';
import { t } from '../../../i18n';
import { DecisionFormSchema, type DecisionFormInput, type DecisionFormValues } from './decision-form';

/** Props of the form. */
export interface DecisionFormProps {
  readonly initial: DecisionFormInput;
  readonly isEdit: boolean;
  /** Saves; resolves to the refusal's reason, or undefined when saved. */
  onSubmit(values: DecisionFormValues): Promise<string | undefined>;
  onCancel?: () => void;
}

/** The decision form. */
export function DecisionForm(props: DecisionFormProps): ReactNode {
  const id = useId();
  const form = useForm<DecisionFormInput, unknown, DecisionFormValues>({ resolver: zodResolver(DecisionFormSchema), defaultValues: props.initial, mode: 'onSubmit' });
  const [refusal, setRefusal] = useState<string>();
  const { register, formState, control } = form;
  const isAction = useWatch({ control, name: 'kind' }) === 'action';
  const errorOf = (name: keyof DecisionFormInput) => formState.errors[name]?.message;
  const described = (name: keyof DecisionFormInput) => (errorOf(name) === undefined ? {} : { 'aria-describedby': `${id}-${name}-error`, 'aria-invalid': true as const });
  const submit = form.handleSubmit(async (values) => {
    const reason = await props.onSubmit(values);
    setRefusal(reason);
    if (reason === undefined && !props.isEdit) form.reset({ ...props.initial, kind: values.kind });
  });
  const error = (name: keyof DecisionFormInput) =>
    errorOf(name) === undefined ? null : (
      <p className="decision-error" id={`${id}-${name}-error`}>
        {errorOf(name)}
      </p>
    );
  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t(props.isEdit ? 'present.decisions.editForm' : 'present.decisions.form')}>
      {!props.isEdit && (
        <fieldset className="decision-kind">
          <legend>{t('present.decisions.kind')}</legend>
          <label>
            <input type="radio" value="decision" {...register('kind')} /> {t('present.kind.decision')}
          </label>
          <label>
            <input type="radio" value="action" {...register('kind')} /> {t('present.kind.action')}
          </label>
        </fieldset>
      )}
      <div className="decision-field">
        <label htmlFor={`${id}-text`}>{t(isAction ? 'present.decisions.actionText' : 'present.decisions.text')}</label>
        <textarea id={`${id}-text`} className="input" rows={3} maxLength={MAX_DECISION_LENGTH + 100} {...register('text')} {...described('text')} />
        {error('text')}
      </div>
      {isAction && (
        <div className="decision-row">
          <div className="decision-field">
            <label htmlFor={`${id}-owner`}>{t('present.decisions.owner')}</label>
            <input id={`${id}-owner`} className="input" autoComplete="off" {...register('owner')} {...described('owner')} />
            {error('owner')}
          </div>
          <div className="decision-field">
            <label htmlFor={`${id}-due`}>{t('present.decisions.due')}</label>
            <input id={`${id}-due`} type="date" className="input" {...register('due')} {...described('due')} />
            {error('due')}
          </div>
        </div>
      )}
      {refusal !== undefined && (
        <p className="decision-error" role="alert">
          {t('present.problem', { reason: refusal })}
        </p>
      )}
      <div className="decision-buttons">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t(props.isEdit ? 'present.decisions.save' : isAction ? 'present.decisions.recordAction' : 'present.decisions.record')}
        </button>
        {props.onCancel !== undefined && (
          <button type="button" className="button button-secondary" onClick={props.onCancel}>
            {t('present.decisions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
