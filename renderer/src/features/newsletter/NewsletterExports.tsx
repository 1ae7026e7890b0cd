/**
 * The issue as files: the HTML email, plain text and Markdown, through the platform's file export (a save
 * dialog on the desktop, a download in the browser), as the meeting's exports are. Each finished file passes
 * the privacy gate first (office-personal.ts): a file holding any personal data of the office's concerns is not
 * saved, and the sentence says so and how much was found.
 */
import { useState, type ReactNode } from 'react';
import { FileCode, FileText, FileType } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import type { NewsletterContent } from '@shared/domain/newsletter';
import type { NewsletterRenderOptions } from '@shared/newsletter/render';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { resultMessage } from '../meeting/export/save-export';
import { newsletterFileName, renderIssue, type IssueFileKind } from './newsletter-files';
import { officePersonalData, personalDataCount } from './office-personal';

/** Props of NewsletterExports. */
export interface NewsletterExportsProps {
  readonly month: Month;
  readonly content: NewsletterContent;
  readonly options: NewsletterRenderOptions;
  /** False while the content has errors: a file of it could not be sent as it is. */
  readonly isValid: boolean;
}

const KINDS: readonly { kind: IssueFileKind; icon: typeof FileCode }[] = [
  { kind: 'html', icon: FileCode },
  { kind: 'text', icon: FileText },
  { kind: 'markdown', icon: FileType },
];

/** The export buttons and what the last export came to. */
export function NewsletterExports({ month, content, options, isValid }: NewsletterExportsProps): ReactNode {
  const { db, platform } = useDesk();
  const [busy, setBusy] = useState<IssueFileKind>();
  const [message, setMessage] = useState('');
  const save = async (kind: IssueFileKind) => {
    setBusy(kind);
    setMessage(t('newsletter.export.checking'));
    try {
      const text = renderIssue(kind, month, content, options);
      const found = personalDataCount(text, await officePersonalData(db));
      if (found > 0) {
        setMessage(t('newsletter.export.refused', { count: found }));
        return;
      }
      setMessage(resultMessage(await platform.exports.saveFile({ suggestedName: newsletterFileName(month, kind), kind, content: text })));
    } catch (error) {
      setMessage(t('newsletter.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section className="newsletter-exports" aria-labelledby="newsletter-exports-title">
      <h3 className="newsletter-subtitle" id="newsletter-exports-title">
        {t('newsletter.export.title')}
      </h3>
      <div className="newsletter-buttons">
        {KINDS.map(({ kind, icon: Icon }) => (
          <button key={kind} type="button" className="button button-secondary" disabled={busy !== undefined || !isValid} onClick={() => void save(kind)}>
            <Icon size={16} aria-hidden="true" />
            {t(`newsletter.export.${kind}`)}
          </button>
        ))}
      </div>
      {!isValid && <p className="newsletter-muted">{t('newsletter.export.fixFirst')}</p>}
      <p className="newsletter-message" role="status" data-testid="newsletter-export-message">
        {message}
      </p>
    </section>
  );
}
