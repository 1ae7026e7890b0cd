/**
 * The public page's logo: which one is set (type, size, when), "Choose a logo…" to upload a PNG, JPEG or WebP
 * image of at most 256 KB, and "Remove the logo". A file that is too large or of another type is refused here
 * before it is sent, and the server checks its bytes again; the logo already set stays until a new one is taken.
 */
import { useState, type ReactNode } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { ImageUp, Trash2 } from 'lucide-react';
import { LOGO_TYPES, PUBLIC_PAGE_LIMITS, type PublicPageSettings } from '@shared/api/public-page';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { apiProblem } from './api-problem';
import { formatDateTime } from './format-time';

/** Props: the API, the settings as they stand, and what to do with the saved ones. */
export interface PublicPageLogoProps {
  api: OfficeApi;
  settings: PublicPageSettings;
  onSaved: (settings: PublicPageSettings) => void;
}

/** Why a chosen file cannot be the logo, checked before sending; undefined when it may be sent. */
export function logoFileProblem(file: Pick<File, 'size' | 'type'>): string | undefined {
  if (file.type === 'image/svg+xml') return t('publicPage.logo.svg');
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return t('publicPage.logo.type');
  if (file.size > PUBLIC_PAGE_LIMITS.logoBytes) return t('publicPage.logo.size');
  return undefined;
}

/** The logo section. */
export function PublicPageLogo({ api, settings, onSaved }: PublicPageLogoProps): ReactNode {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const run = async (work: () => Promise<PublicPageSettings>, done: string) => {
    setIsBusy(true);
    setProblem('');
    setMessage('');
    try {
      onSaved(await work());
      setMessage(done);
    } catch (error) {
      setProblem(apiProblem(error).message ?? t('admin.error.unexpected'));
    } finally {
      setIsBusy(false);
    }
  };

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file === undefined) return;
    const refused = logoFileProblem(file);
    if (refused !== undefined) {
      setMessage('');
      setProblem(refused);
      return;
    }
    void run(() => api.uploadPublicLogo(file), t('publicPage.logo.uploaded'));
  };

  const logo = settings.logo;
  return (
    <section className="admin-fieldset" aria-labelledby="public-page-logo-heading">
      <h3 id="public-page-logo-heading" className="admin-section-title">
        {t('publicPage.logo.heading')}
      </h3>
      <p className="admin-hint">
        {logo === null
          ? t('publicPage.logo.none')
          : t('publicPage.logo.current', { type: logo.type.replace('image/', '').toUpperCase(), size: Math.max(1, Math.round(logo.bytes / 1024)), when: formatDateTime(logo.updatedAt) })}
      </p>
      <div className="admin-form-actions">
        <FileTrigger acceptedFileTypes={[...LOGO_TYPES]} onSelect={choose}>
          <Button className="button button-secondary" isDisabled={isBusy}>
            <ImageUp size={18} aria-hidden />
            {t('publicPage.logo.choose')}
          </Button>
        </FileTrigger>
        {logo !== null && (
          <Button className="button button-secondary" isDisabled={isBusy} onPress={() => void run(() => api.removePublicLogo(), t('publicPage.logo.removed'))}>
            <Trash2 size={18} aria-hidden />
            {t('publicPage.logo.remove')}
          </Button>
        )}
      </div>
      <p className="admin-hint">{t('publicPage.logo.hint')}</p>
      <p className="admin-notice" role="status">
        {message}
      </p>
      <p className="admin-error" role="alert">
        {problem}
      </p>
    </section>
  );
}
