/**
 * The monthly newsletter (issue 7): the month's issue drafted from the meeting's analysis ("Draft from this
 * month"), edited and saved as staff type (useNewsletterEditor), previewed as the HTML email citizens get,
 * exported as files that pass the privacy gate, and sent by the office server to the citizens who consented.
 * Once sent the issue is final: read-only, saying when and by whom. Keys: [ and ] move a month, t goes back to
 * the last complete one (handled by the app, as in the meeting view); Alt+ArrowUp/Down move a section.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CircleAlert, Mail, Sparkles } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import type { NewsletterContent } from '@shared/domain/newsletter';
import type { NewsletterRenderOptions } from '@shared/newsletter/render';
import { monthName } from '@shared/patterns/months';
import { EmptyState } from '../../components/EmptyState';
import { useDesk } from '../../app/desk-context';
import { useOfficeProfile } from '../../app/office-profile';
import { useLiveQuery } from '../../db';
import { newsletterOf } from '../../db/newsletter';
import { t } from '../../i18n';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { PeriodPicker } from '../meeting/PeriodPicker';
import { usePermissions } from '../review/permissions';
import { DraftFromMonth } from './DraftFromMonth';
import { NewsletterEditor } from './NewsletterEditor';
import { NewsletterExports } from './NewsletterExports';
import { NewsletterPreview } from './NewsletterPreview';
import { RecipientsPanel } from './RecipientsPanel';
import { SendPanel } from './SendPanel';
import { SaveStateLine, SentLine } from './SaveStateLine';
import { useNewsletterEditor } from './useNewsletterEditor';
import './newsletter.css';

/** Props of NewsletterPage. */
export interface NewsletterPageProps {
  readonly period: Month;
  readonly latest: Month;
  readonly onPeriodChange: (period: Month | undefined) => void;
}

/** The newsletter view. */
export function NewsletterPage({ period, latest, onPeriodChange }: NewsletterPageProps): ReactNode {
  const { db } = useDesk();
  const { officeName } = useOfficeProfile();
  const mayEdit = usePermissions().may('editNewsletter');
  const issue = useLiveQuery(async () => (await newsletterOf(db, period)) ?? null, [db, period]);
  const editor = useNewsletterEditor(period, issue);
  const [drafting, setDrafting] = useState<Month>();
  const [askReplace, setAskReplace] = useState(false);
  const [draftError, setDraftError] = useState<string>();
  const options: NewsletterRenderOptions = useMemo(() => ({ officeName }), [officeName]);
  const isSent = issue !== undefined && issue !== null && issue.sentAt !== null;
  const isReadOnly = isSent || !mayEdit;
  // Opened from the header or Alt+5: the focus comes to the view (its keys, [ ] t, are heard outside text fields).
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);

  const onDraft = useCallback(
    (content: NewsletterContent) => {
      setDrafting(undefined);
      editor.update(content);
    },
    [editor],
  );
  const onDraftError = useCallback((message: string) => {
    setDrafting(undefined);
    setDraftError(message);
  }, []);
  const startDraft = () => {
    setDraftError(undefined);
    setAskReplace(false);
    setDrafting(period);
  };

  const content = editor.content;
  return (
    <section className="newsletter-page" aria-labelledby="newsletter-title" data-testid="newsletter-page">
      <header className="newsletter-header">
        <div>
          <h2 className="newsletter-title" id="newsletter-title" tabIndex={-1} ref={title}>
            {t('newsletter.title', { month: monthName(period) })}
          </h2>
          {isSent ? <SentLine issue={issue} /> : content !== undefined && <SaveStateLine state={editor.state} refusal={editor.refusal} issue={issue ?? undefined} />}
        </div>
        <PeriodPicker period={period} latest={latest} onChange={onPeriodChange} />
      </header>
      {mayEdit && !isSent && drafting === undefined && (
        <div className="newsletter-buttons">
          <button type="button" className="button button-primary" onClick={() => (content === undefined ? startDraft() : setAskReplace(true))}>
            <Sparkles size={16} aria-hidden="true" />
            {t('newsletter.draft.button')}
          </button>
          {content === undefined && (
            <button type="button" className="button button-secondary" onClick={() => editor.update({ subject: t('newsletter.blank.subject', { month: monthName(period) }), intro: '', sections: [], closing: '' })}>
              {t('newsletter.blank.button')}
            </button>
          )}
        </div>
      )}
      {drafting === period && <DraftFromMonth month={period} onDraft={onDraft} onError={onDraftError} />}
      {draftError !== undefined && (
        <p className="field-error" role="alert">
          <CircleAlert size={16} aria-hidden="true" /> {t('newsletter.draft.failed', { reason: draftError })}
        </p>
      )}
      {issue === undefined ? (
        <p className="newsletter-muted">{t('newsletter.loading')}</p>
      ) : content === undefined ? (
        drafting === undefined && (
          <EmptyState icon={Mail} title={t('newsletter.empty.title', { month: monthName(period) })} level={3}>
            <p>{mayEdit ? t('newsletter.empty.body') : t('newsletter.empty.readOnly')}</p>
          </EmptyState>
        )
      ) : (
        <div className="newsletter-columns">
          <NewsletterEditor content={content} errors={editor.errors} isReadOnly={isReadOnly} onChange={editor.update} onSaveNow={editor.saveNow} />
          <div className="newsletter-side">
            <NewsletterPreview month={period} content={content} options={options} />
            <NewsletterExports month={period} content={content} options={options} isValid={Object.keys(editor.errors).length === 0} />
            <RecipientsPanel month={period}>
              {(recipients) => <SendPanel month={period} issue={issue ?? undefined} recipients={recipients.length} isSaved={editor.state === 'saved'} />}
            </RecipientsPanel>
          </div>
        </div>
      )}
      <ConfirmDialog isOpen={askReplace} title={t('newsletter.draft.replaceTitle')} confirmLabel={t('newsletter.draft.replace')} onConfirm={startDraft} onCancel={() => setAskReplace(false)}>
        <p>{t('newsletter.draft.replaceBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
