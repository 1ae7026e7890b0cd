/**
 * The live preview of the HTML email, as the citizens will see it: the shared renderer's output in a sandboxed
 * iframe (srcdoc, an empty sandbox: no scripts, no forms, no navigation of the app), so nothing in the issue can
 * run in the app even if the renderer let something through.
 */
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { NewsletterContent } from '@shared/domain/newsletter';
import type { NewsletterRenderOptions } from '@shared/newsletter/render';
import { t } from '../../i18n';
import { renderIssue } from './newsletter-files';

/** Props of NewsletterPreview. */
export interface NewsletterPreviewProps {
  readonly month: Month;
  readonly content: NewsletterContent;
  readonly options: NewsletterRenderOptions;
}

/** The preview. */
export function NewsletterPreview({ month, content, options }: NewsletterPreviewProps): ReactNode {
  // Deferred: typing stays quick while the preview catches up.
  const shown = useDeferredValue(content);
  const html = useMemo(() => renderIssue('html', month, shown, options), [month, shown, options]);
  return (
    <section className="newsletter-preview" aria-labelledby="newsletter-preview-title">
      <h3 className="newsletter-subtitle" id="newsletter-preview-title">
        {t('newsletter.preview.title')}
      </h3>
      <iframe className="newsletter-preview-frame" title={t('newsletter.preview.frame')} sandbox="" srcDoc={html} data-testid="newsletter-preview" />
    </section>
  );
}
