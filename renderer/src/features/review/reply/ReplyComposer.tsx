/**
 * The reply composer on an open concern: start from a template (grouped; its placeholders filled from the
 * concern), edit freely, choose how it goes (the citizen's preferred way preselected), then Send: the mail program
 * opens, or the text is copied, or it is recorded as given; the response goes on the timeline and stops the
 * response clock. On social media, or for a concern marked negative, the response policy for comments shows
 * beside it as a checklist. Escape closes it without sending.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { REPLY_GROUPS, fillTemplate, replyValuesFor, type FilledReply } from '@shared/domain/replies';
import { RESPONSE_METHODS } from '@shared/domain/review';
import { reviewStateOf } from '@shared/domain/concern';
import { t } from '../../../i18n';
import { PolicyChecklist } from './PolicyChecklist';
import { preferredMethodOf, replySubject, sendWayOf, showsCommentPolicy, type ResponseMethod } from './reply-compose';
import { projectValueOf, type ReplyData } from './reply-data';
import { useReplySend } from './useReplySend';

/** Props: the concern, the office profile, the composer's reads, and what closing does. */
export interface ReplyComposerProps {
  readonly concern: Concern;
  readonly profile: Pick<OfficeProfile, 'officeName' | 'replyTemplates' | 'commentPolicy'>;
  readonly data: ReplyData;
  /** The linked project's address on the public page, once known to answer. */
  readonly projectLink?: string;
  /** `sent` is true once the response was recorded. */
  readonly onClose: (sent: boolean) => void;
}

function FillNotes({ filled }: { filled: FilledReply | undefined }): ReactNode {
  if (filled === undefined || (filled.unfilled.length === 0 && filled.unknown.length === 0)) return null;
  return (
    <div className="reply-notes" role="status">
      {filled.unfilled.length > 0 && <p>{t('reply.unfilled', { names: filled.unfilled.map((name) => t(`reply.unfilled.${name}`)).join(', ') })}</p>}
      {filled.unknown.length > 0 && <p>{t('reply.unknown', { names: filled.unknown.map((name) => `{${name}}`).join(', ') })}</p>}
    </div>
  );
}

/** The composer. */
export function ReplyComposer({ concern, profile, data, projectLink, onClose }: ReplyComposerProps): ReactNode {
  const id = useId();
  const [templateId, setTemplateId] = useState('');
  const [method, setMethod] = useState<ResponseMethod>(() => preferredMethodOf(concern));
  const [subject, setSubject] = useState(() => replySubject(concern, profile.officeName));
  const [text, setText] = useState('');
  const [filled, setFilled] = useState<FilledReply>();
  const sender = useReplySend(concern);
  const way = sendWayOf(method);
  const isPolicyShown = showsCommentPolicy(concern);
  const preferred = concern.contact.preferredReply;

  const choose = (chosen: string) => {
    setTemplateId(chosen);
    const template = profile.replyTemplates.find((each) => each.id === chosen);
    if (template === undefined) return setFilled(undefined);
    const project = projectValueOf(data.project, (status) => t(`reply.projectStatus.${status}`), projectLink);
    const result = fillTemplate(template, replyValuesFor(concern, { officeName: profile.officeName, project, neutralCitizen: t('reply.neutralCitizen') }));
    setFilled(result);
    setText(result.text);
  };

  return (
    <section
      className={isPolicyShown ? 'reply-composer reply-composer-with-policy' : 'reply-composer'}
      aria-labelledby={`${id}-title`}
      data-testid="reply-composer"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !sender.isSending) {
          event.preventDefault();
          event.stopPropagation();
          onClose(false);
        }
      }}
    >
      <form
        className="reply-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void sender.send({ method, subject, text }).then((sent) => sent && onClose(true));
        }}
      >
        <h3 id={`${id}-title`} className="review-section-title">
          {t('reply.title')}
        </h3>
        <div className="reply-field">
          <label htmlFor={`${id}-template`}>{t('reply.template')}</label>
          <p id={`${id}-template-hint`} className="muted">
            {t('reply.template.hint')}
          </p>
          <select id={`${id}-template`} className="input" aria-describedby={`${id}-template-hint`} value={templateId} onChange={(event) => choose(event.target.value)} autoFocus>
            <option value="">{t('reply.template.none')}</option>
            {REPLY_GROUPS.map((group) => {
              const templates = profile.replyTemplates.filter((each) => each.group === group);
              if (templates.length === 0) return null;
              return (
                <optgroup key={group} label={t(`replies.group.${group}`)}>
                  {templates.map((each) => (
                    <option key={each.id} value={each.id}>
                      {each.title}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        <FillNotes filled={filled} />
        <div className="reply-field">
          <label htmlFor={`${id}-method`}>{t('reply.method')}</label>
          <p id={`${id}-method-hint`} className="muted">
            {preferred === 'none' ? t('reply.prefersNone') : t('reply.prefers', { method: t(`reviewActions.method.${preferred}`) })} {t(`reply.send.how.${way}`)}
            {way === 'email' && concern.contact.email.trim() === '' && ` ${t('reply.noEmail')}`}
          </p>
          <select id={`${id}-method`} className="input" aria-describedby={`${id}-method-hint`} value={method} onChange={(event) => setMethod(event.target.value as ResponseMethod)}>
            {RESPONSE_METHODS.map((each) => (
              <option key={each} value={each}>
                {t(`reviewActions.method.${each}`)}
              </option>
            ))}
          </select>
        </div>
        {way === 'email' && (
          <div className="reply-field">
            <label htmlFor={`${id}-subject`}>{t('reply.subject')}</label>
            <input id={`${id}-subject`} className="input" value={subject} onChange={(event) => setSubject(event.target.value)} />
          </div>
        )}
        <div className="reply-field">
          <label htmlFor={`${id}-text`}>{t('reply.text')}</label>
          <p id={`${id}-text-hint`} className="muted">
            {t('reply.text.hint')}
          </p>
          <textarea
            id={`${id}-text`}
            className="input reply-text"
            rows={10}
            value={text}
            aria-describedby={`${id}-text-hint ${id}-problem`}
            aria-invalid={sender.problem === t('reply.empty') || undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div id={`${id}-problem`} role="alert" className="reply-problem">
          {sender.problem !== '' && <p className="problem-title">{sender.problem}</p>}
        </div>
        <div className="reply-actions">
          <button type="submit" className="button button-primary" data-testid="reply-send" aria-disabled={sender.isSending || undefined}>
            {sender.isSending ? t('reply.sending') : t(`reply.send.${way}`)}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onClose(false)}>
            {t('reply.cancel')}
          </button>
        </div>
      </form>
      {isPolicyShown && (
        <PolicyChecklist
          policy={profile.commentPolicy}
          responsesSoFar={data.responses}
          isSocial={concern.channel === 'social-media'}
          isNegative={reviewStateOf(concern).negative}
          headingId={`${id}-policy`}
        />
      )}
    </section>
  );
}
