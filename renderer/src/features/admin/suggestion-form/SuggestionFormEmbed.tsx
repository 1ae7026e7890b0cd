/**
 * Where the suggestion form and its status lookup are, and how to put the form on the office's website: links
 * to preview both (they open in the browser) and the two snippets to paste, an iframe and a script tag, each
 * with "Copy". While the form is off, the links and snippets show a "not found" page, and it says so.
 */
import { useState, type ReactNode } from 'react';
import { ExternalLink } from 'lucide-react';
import type { SuggestionFormSettings } from '@shared/api/suggestion-form';
import { t } from '../../../i18n';
import { CopySnippet } from '../CopySnippet';
import { formIframeSnippet, formScriptSnippet, fullUrl } from './suggestion-form-form';

/** Props: the office server's address and the settings as saved. */
export interface SuggestionFormEmbedProps {
  serverUrl: string;
  settings: SuggestionFormSettings;
}

function PreviewLink({ url, label }: { url: string; label: string }): ReactNode {
  return (
    <p>
      <a className="admin-link" href={url} target="_blank" rel="noopener noreferrer">
        <ExternalLink size={16} aria-hidden /> {label}
        <span className="visually-hidden"> {t('suggestionForm.embed.newWindow')}</span>
      </a>{' '}
      <code className="admin-url">{url}</code>
    </p>
  );
}

/** The preview links and the embed snippets. */
export function SuggestionFormEmbed({ serverUrl, settings }: SuggestionFormEmbedProps): ReactNode {
  const [status, setStatus] = useState('');
  const formUrl = fullUrl(serverUrl, settings.formPath);
  const copied = (ok: boolean) => setStatus(ok ? t('suggestionForm.embed.copied') : t('suggestionForm.embed.copyFailed'));
  const origins = settings.embedOrigins.length === 0 ? t('suggestionForm.embed.noOrigins') : t('suggestionForm.embed.origins', { origins: settings.embedOrigins.join(', ') });
  return (
    <section className="admin-fieldset" aria-labelledby="suggestion-form-embed-heading">
      <h3 id="suggestion-form-embed-heading" className="admin-section-title">
        {t('suggestionForm.embed.heading')}
      </h3>
      <p className="admin-hint">{settings.isEnabled ? t('suggestionForm.embed.on') : t('suggestionForm.embed.off')}</p>
      <PreviewLink url={formUrl} label={t('suggestionForm.embed.previewForm')} />
      <PreviewLink url={fullUrl(serverUrl, settings.statusPath)} label={t('suggestionForm.embed.previewStatus')} />
      <CopySnippet
        label={t('suggestionForm.embed.iframe')}
        copyLabel={t('suggestionForm.embed.copyIframe')}
        text={formIframeSnippet(formUrl, t('suggestionForm.embed.frameTitle'))}
        onCopied={copied}
      />
      <CopySnippet label={t('suggestionForm.embed.script')} copyLabel={t('suggestionForm.embed.copyScript')} text={formScriptSnippet(fullUrl(serverUrl, settings.embedScriptPath))} onCopied={copied} />
      <p className="admin-hint">{origins}</p>
      <p className="admin-notice" role="status">
        {status}
      </p>
    </section>
  );
}
