/**
 * The newsletter's editor: subject, introduction, the sections (add, edit, remove, move by button or by
 * Alt+ArrowUp / Alt+ArrowDown) and the closing. Every change goes to the working copy (useNewsletterEditor),
 * which saves it; the saved state is shown beside the title. Read-only once the issue was sent.
 */
import type { ReactNode } from 'react';
import { Plus } from 'lucide-react';
import { NEWSLETTER_LIMITS, type NewsletterContent, type NewsletterSection } from '@shared/domain/newsletter';
import { isShortcut } from '../../app/shortcuts';
import { t } from '../../i18n';
import { SectionEditor } from './SectionEditor';

/** Props of NewsletterEditor. */
export interface NewsletterEditorProps {
  readonly content: NewsletterContent;
  readonly errors: Readonly<Record<string, string>>;
  readonly isReadOnly: boolean;
  readonly onChange: (content: NewsletterContent) => void;
  /** Ctrl+S (Cmd+S): save now instead of at the pause. */
  readonly onSaveNow: () => void;
}

/** A section id not used yet: "custom-1", "custom-2"… */
export function newSectionId(sections: readonly NewsletterSection[]): string {
  const used = new Set(sections.map((s) => s.id));
  let n = 1;
  while (used.has(`custom-${n}`)) n += 1;
  return `custom-${n}`;
}

/** The sections with the one at `index` moved by `by` places. */
export function moveSection(sections: readonly NewsletterSection[], index: number, by: -1 | 1): NewsletterSection[] {
  const target = index + by;
  if (target < 0 || target >= sections.length) return [...sections];
  const next = [...sections];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  error: string | undefined;
  isReadOnly: boolean;
  isMultiline?: boolean;
  onChange: (value: string) => void;
}): ReactNode {
  const { id, label, value, max, error, isReadOnly, isMultiline = false, onChange } = props;
  const common = {
    id,
    className: isMultiline ? 'input newsletter-body' : 'input',
    value,
    readOnly: isReadOnly,
    maxLength: max,
    'aria-invalid': error !== undefined,
    'aria-describedby': error === undefined ? undefined : `${id}-error`,
  };
  return (
    <div className="newsletter-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {isMultiline ? (
        <textarea {...common} rows={Math.min(10, Math.max(3, value.split('\n').length + 1))} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The editor. */
export function NewsletterEditor({ content, errors, isReadOnly, onChange, onSaveNow }: NewsletterEditorProps): ReactNode {
  const set = (patch: Partial<NewsletterContent>) => onChange({ ...content, ...patch });
  const setSection = (index: number, section: NewsletterSection) => set({ sections: content.sections.map((s, i) => (i === index ? section : s)) });
  const move = (index: number, by: -1 | 1, focusId: string) => {
    set({ sections: moveSection(content.sections, index, by) });
    // The moved section's elements are re-inserted, which can drop the focus: give it back after the render.
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  const add = () => {
    const id = newSectionId(content.sections);
    set({ sections: [...content.sections, { id, kind: 'custom', heading: t('newsletter.section.newHeading'), body: '' }] });
    requestAnimationFrame(() => (document.getElementById(`newsletter-section-${id}-heading`) as HTMLInputElement | null)?.select());
  };
  return (
    <form
      className="newsletter-editor"
      aria-label={t('newsletter.editor.label')}
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (!isShortcut(event, 'form.save')) return;
        event.preventDefault();
        onSaveNow();
      }}
    >
      <TextField id="newsletter-subject" label={t('newsletter.editor.subject')} value={content.subject} max={NEWSLETTER_LIMITS.subject} error={errors['subject']} isReadOnly={isReadOnly} onChange={(subject) => set({ subject })} />
      <TextField id="newsletter-intro" label={t('newsletter.editor.intro')} value={content.intro} max={NEWSLETTER_LIMITS.intro} error={errors['intro']} isReadOnly={isReadOnly} isMultiline onChange={(intro) => set({ intro })} />
      <h3 className="newsletter-subtitle">{t('newsletter.editor.sections')}</h3>
      {errors['sections'] !== undefined && <p className="field-error">{errors['sections']}</p>}
      <ol className="newsletter-sections">
        {content.sections.map((section, index) => (
          <SectionEditor
            key={section.id}
            section={section}
            index={index}
            count={content.sections.length}
            errors={errors}
            isReadOnly={isReadOnly}
            onChange={(next) => setSection(index, next)}
            onMove={(by, focusId) => move(index, by, focusId)}
            onRemove={() => {
              set({ sections: content.sections.filter((_, i) => i !== index) });
              // The remove button is gone: the focus goes to the section before, or the closing when none.
              const before = content.sections[index - 1];
              requestAnimationFrame(() => document.getElementById(before === undefined ? 'newsletter-intro' : `newsletter-section-${before.id}-heading`)?.focus());
            }}
          />
        ))}
      </ol>
      {!isReadOnly && content.sections.length < NEWSLETTER_LIMITS.sections && (
        <button type="button" className="button button-secondary newsletter-add" onClick={add}>
          <Plus size={16} aria-hidden="true" />
          {t('newsletter.section.add')}
        </button>
      )}
      <TextField id="newsletter-closing" label={t('newsletter.editor.closing')} value={content.closing} max={NEWSLETTER_LIMITS.closing} error={errors['closing']} isReadOnly={isReadOnly} isMultiline onChange={(closing) => set({ closing })} />
    </form>
  );
}
