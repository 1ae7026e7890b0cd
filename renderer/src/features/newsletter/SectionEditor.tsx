/**
 * One section of the newsletter in the editor: its heading and body, and buttons to move it up or down or remove
 * it. Alt+ArrowUp and Alt+ArrowDown in either field move the section too, keeping the focus where it was.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import type { NewsletterSection } from '@shared/domain/newsletter';
import { NEWSLETTER_LIMITS } from '@shared/domain/newsletter';
import { t } from '../../i18n';

/** Props of SectionEditor. */
export interface SectionEditorProps {
  readonly section: NewsletterSection;
  readonly index: number;
  readonly count: number;
  readonly errors: Readonly<Record<string, string>>;
  readonly isReadOnly: boolean;
  readonly onChange: (section: NewsletterSection) => void;
  /** Moves the section by -1 (up) or +1 (down); `focusId` is the element to focus again afterwards. */
  readonly onMove: (by: -1 | 1, focusId: string) => void;
  readonly onRemove: () => void;
}

/** The editor of one section. */
export function SectionEditor({ section, index, count, errors, isReadOnly, onChange, onMove, onRemove }: SectionEditorProps): ReactNode {
  const base = `newsletter-section-${section.id}`;
  const headingError = errors[`sections.${index}.heading`];
  const bodyError = errors[`sections.${index}.body`];
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const by = event.key === 'ArrowUp' ? -1 : 1;
    if ((by === -1 && index === 0) || (by === 1 && index === count - 1)) return;
    event.preventDefault();
    onMove(by, event.currentTarget.id);
  };
  return (
    <li className="newsletter-section" data-testid="newsletter-section" aria-labelledby={`${base}-label`}>
      <div className="newsletter-section-bar">
        <span className="newsletter-section-number" id={`${base}-label`}>
          {t('newsletter.section.label', { number: index + 1, heading: section.heading || t('newsletter.section.untitled') })}
        </span>
        {!isReadOnly && (
          <span className="newsletter-section-tools">
            <button type="button" id={`${base}-up`} className="icon-button" aria-label={t('newsletter.section.up')} title={t('newsletter.section.upHint')} aria-keyshortcuts="Alt+ArrowUp" disabled={index === 0} onClick={() => onMove(-1, `${base}-up`)}>
              <ArrowUp size={16} aria-hidden="true" />
            </button>
            <button type="button" id={`${base}-down`} className="icon-button" aria-label={t('newsletter.section.down')} title={t('newsletter.section.downHint')} aria-keyshortcuts="Alt+ArrowDown" disabled={index === count - 1} onClick={() => onMove(1, `${base}-down`)}>
              <ArrowDown size={16} aria-hidden="true" />
            </button>
            <button type="button" className="icon-button" aria-label={t('newsletter.section.remove')} title={t('newsletter.section.remove')} onClick={onRemove}>
              <Trash2 size={16} aria-hidden="true" />
            </button>
          </span>
        )}
      </div>
      <label className="field-label" htmlFor={`${base}-heading`}>
        {t('newsletter.section.heading')}
      </label>
      <input
        id={`${base}-heading`}
        className="input"
        value={section.heading}
        readOnly={isReadOnly}
        maxLength={NEWSLETTER_LIMITS.heading}
        aria-invalid={headingError !== undefined}
        aria-describedby={headingError === undefined ? undefined : `${base}-heading-error`}
        onKeyDown={onKeyDown}
        onChange={(event) => onChange({ ...section, heading: event.target.value })}
      />
      {headingError !== undefined && (
        <p className="field-error" id={`${base}-heading-error`}>
          {headingError}
        </p>
      )}
      <label className="field-label" htmlFor={`${base}-body`}>
        {t('newsletter.section.body')}
      </label>
      <textarea
        id={`${base}-body`}
        className="input newsletter-body"
        value={section.body}
        readOnly={isReadOnly}
        rows={Math.min(12, Math.max(3, section.body.split('\n').length + 1))}
        maxLength={NEWSLETTER_LIMITS.body}
        aria-invalid={bodyError !== undefined}
        aria-describedby={`${base}-body-hint${bodyError === undefined ? '' : ` ${base}-body-error`}`}
        onKeyDown={onKeyDown}
        onChange={(event) => onChange({ ...section, body: event.target.value })}
      />
      <p className="field-hint" id={`${base}-body-hint`}>
        {t('newsletter.section.bodyHint')}
      </p>
      {bodyError !== undefined && (
        <p className="field-error" id={`${base}-body-error`}>
          {bodyError}
        </p>
      )}
    </li>
  );
}
