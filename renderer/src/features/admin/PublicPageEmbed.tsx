/**
 * Where the public page is and how to put it on the office's website: a link to preview it (opens in the
 * browser), and the two snippets to paste, an iframe and a script tag, each with "Copy". While the page is not
 * published the link and snippets show a 404 page, and it says so.
 */
import { useState, type ReactNode } from 'react';
import { ExternalLink } from 'lucide-react';
import type { PublicPageSettings } from '@shared/api/public-page';
import { t } from '../../i18n';
import { CopySnippet } from './CopySnippet';
import { iframeSnippet, publicPageUrl, scriptSnippet } from './public-page-form';

/** Props: the office server's address and the settings as saved. */
export interface PublicPageEmbedProps {
  serverUrl: string;
  settings: PublicPageSettings;
}

/** The preview link and the embed snippets. */
export function PublicPageEmbed({ serverUrl, settings }: PublicPageEmbedProps): ReactNode {
  const [status, setStatus] = useState('');
  const url = publicPageUrl(serverUrl, settings.path);
  const title = t('publicPage.embed.frameTitle', { office: settings.displayName.trim() === '' ? settings.officeName : settings.displayName });
  const copied = (ok: boolean) => setStatus(ok ? t('publicPage.embed.copied') : t('publicPage.embed.copyFailed'));
  return (
    <section className="admin-fieldset" aria-labelledby="public-page-embed-heading">
      <h3 id="public-page-embed-heading" className="admin-section-title">
        {t('publicPage.embed.heading')}
      </h3>
      <p className="admin-hint">{settings.isPublished ? t('publicPage.embed.published') : t('publicPage.embed.unpublished')}</p>
      <p>
        <a className="admin-link" href={url} target="_blank" rel="noopener noreferrer">
          <ExternalLink size={16} aria-hidden /> {t('publicPage.embed.preview')}
          <span className="visually-hidden"> {t('publicPage.embed.newWindow')}</span>
        </a>{' '}
        <code className="admin-url">{url}</code>
      </p>
      <p className="admin-hint">{t('publicPage.embed.feeds', { url })}</p>
      <CopySnippet label={t('publicPage.embed.iframe')} copyLabel={t('publicPage.embed.copyIframe')} text={iframeSnippet(url, title)} onCopied={copied} />
      <CopySnippet label={t('publicPage.embed.script')} copyLabel={t('publicPage.embed.copyScript')} text={scriptSnippet(url)} onCopied={copied} />
      <p className="admin-hint">{t('publicPage.embed.origins')}</p>
      <p className="admin-notice" role="status">
        {status}
      </p>
    </section>
  );
}
