/**
 * The reply templates, one group after another (acknowledgement, information, apology, closing): each template's
 * title and text, moved up or down within its group, removed, or added to a group. The list's order within a group
 * is the order the reply composer offers them. After a move, focus stays on the button pressed, now in the
 * template's new place, and the new position is announced; a new template's title box takes focus; removing one
 * moves focus to the template that took its place, or to its group's "Add" button.
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormState, useWatch, type Control } from 'react-hook-form';
import { Button } from 'react-aria-components';
import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { REPLY_LIMITS, type ReplyGroup } from '@shared/domain/replies';
import { newId } from '../../lib/ids';
import { useAnnounce } from '../../app/announcer';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { ContextLabel } from './ContextLabel';
import { TextAreaField } from './OfficeFields';
import { FORM_GROUPS, indexesOfGroup, neighbourInGroup, type ReplySettingsInput, type ReplySettingsValues } from './reply-settings-form';
import { useFocusRequest } from './useFocusRequest';

/** Props: the Replies form's control. */
export interface ReplyTemplatesFieldProps {
  control: Control<ReplySettingsInput, unknown, ReplySettingsValues>;
}

const groupName = (group: ReplyGroup) => t(`replies.group.${group}`);

/** The templates, grouped. */
export function ReplyTemplatesField({ control }: ReplyTemplatesFieldProps): ReactNode {
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'replyTemplates', keyName: 'key' });
  const templates = useWatch({ control, name: 'replyTemplates' });
  const { errors } = useFormState({ control, name: 'replyTemplates' });
  const announce = useAnnounce();
  const [rootRef, focusLater] = useFocusRequest<HTMLFieldSetElement>();
  const isFull = fields.length >= REPLY_LIMITS.templates;
  const listError = errors.replyTemplates?.root?.message ?? errors.replyTemplates?.message;
  const titleOf = (index: number) => templates[index]?.title.trim() || t('replies.template.context', { group: groupName(fields[index]?.group ?? 'closing'), n: index + 1 });

  const move = (index: number, step: -1 | 1) => {
    const other = neighbourInGroup(fields, index, step);
    if (other === undefined) return;
    swap(index, other);
    const group = fields[index]?.group ?? 'closing';
    const indexes = indexesOfGroup(fields, group);
    const place = indexes.indexOf(other) + 1;
    announce(t('replies.template.moved', { title: titleOf(index), n: place, count: indexes.length, group: groupName(group) }));
    // Focus follows the template; at the end of its group the button pressed is disabled, so the other one takes it.
    const isAtEdge = step === -1 ? place === 1 : place === indexes.length;
    const control = (step === -1) !== isAtEdge ? 'up' : 'down';
    focusLater(`[data-template="${other}"] [data-control="${control}"]`);
  };

  return (
    <fieldset ref={rootRef} className="admin-fieldset" aria-describedby="reply-templates-hint reply-templates-error">
      <legend className="admin-section-title">{t('replies.templates')}</legend>
      <p id="reply-templates-hint" className="admin-hint">
        {t('replies.templates.hint')} {t('replies.templates.count', { count: fields.length, max: REPLY_LIMITS.templates })}
      </p>
      {FORM_GROUPS.map((group) => {
        const indexes = indexesOfGroup(fields, group);
        const headingId = `reply-group-${group}`;
        return (
          <section key={group} className="admin-reply-group" aria-labelledby={headingId}>
            <h4 id={headingId} className="admin-reply-group-title">
              {groupName(group)}
            </h4>
            {indexes.length === 0 && <p className="admin-hint">{t('replies.group.none')}</p>}
            <ol className="admin-list admin-reply-list">
              {indexes.map((index, position) => {
                const context = t('replies.template.context', { group: groupName(group), n: position + 1 });
                return (
                  <li key={fields[index]?.key} className="admin-list-row admin-reply-template" data-template={index}>
                    <TextBoxField control={control} name={`replyTemplates.${index}.title`} label={<ContextLabel text={t('replies.template.title')} context={context} />} />
                    <TextAreaField control={control} name={`replyTemplates.${index}.body`} label={<ContextLabel text={t('replies.template.body')} context={context} />} rows={5} />
                    <div className="admin-reply-tools">
                      <Button className="button button-secondary admin-row-button" data-control="up" aria-label={t('replies.template.upOne', { context })} isDisabled={position === 0} onPress={() => move(index, -1)}>
                        <ArrowUp size={18} aria-hidden />
                        {t('replies.template.up')}
                      </Button>
                      <Button
                        className="button button-secondary admin-row-button"
                        data-control="down"
                        aria-label={t('replies.template.downOne', { context })}
                        isDisabled={position === indexes.length - 1}
                        onPress={() => move(index, 1)}
                      >
                        <ArrowDown size={18} aria-hidden />
                        {t('replies.template.down')}
                      </Button>
                      <Button
                        className="button button-secondary admin-row-button"
                        aria-label={t('replies.template.removeOne', { context })}
                        onPress={() => {
                          announce(t('replies.template.removed', { title: titleOf(index) }));
                          remove(index);
                          // The next template of the group slides into this place; the group's Add button when none.
                          const next = indexes[position + 1] ?? indexes[position - 1];
                          focusLater(next === undefined ? `[data-control="add-${group}"]` : `[data-template="${next > index ? next - 1 : next}"] input`);
                        }}
                      >
                        <X size={18} aria-hidden />
                        {t('replies.template.remove')}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <Button
              className="button button-secondary"
              data-control={`add-${group}`}
              aria-label={t('replies.template.addTo', { group: groupName(group) })}
              isDisabled={isFull}
              onPress={() => {
                append({ id: newId(), group, title: '', body: '' }, { shouldFocus: false });
                focusLater(`[data-template="${fields.length}"] input`);
              }}
            >
              <Plus size={18} aria-hidden />
              {t('replies.template.add')}
            </Button>
          </section>
        );
      })}
      <p id="reply-templates-error" className="admin-error">
        {isFull ? t('replies.template.full', { max: REPLY_LIMITS.templates }) : listError}
      </p>
    </fieldset>
  );
}
