/**
 * Tags as a token input: chosen tags as chips with remove buttons, then a text input that suggests known
 * tags. Enter, Tab (on a suggestion), comma or space adds the typed tag; Backspace on an empty input removes
 * the last one. A tag that breaks the rules stays in the input with the schema's message, so nothing is lost.
 */
import { useId, useImperativeHandle, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { TagSchema, type ConcernFields } from '@shared/domain/concern';
import { useKnownTags } from '../../app/useKnownTags';
import { matchesKey } from '../../app/shortcuts';
import { SuggestionList } from '../../components/SuggestionList';
import { TagChip } from '../../components/TagChip';
import { useSuggestionBox } from '../../components/useSuggestionBox';
import { suggestTags } from '../../lib/suggest-tags';
import { t } from '../../i18n';
import { Field } from './Field';

/** Lets the form add a tag still being typed before it saves (Ctrl+Enter does not blur the input). */
export interface TagsFieldHandle {
  /** Adds the typed tag; false (with the message shown) when it breaks the rules. */
  commitTyped(): boolean;
}

/** The tags field, bound to the form's `tags`. */
export function TagsField({ ref }: { ref?: Ref<TagsFieldHandle> }): ReactNode {
  const { control, setError, clearErrors } = useFormContext<ConcernFields>();
  const { field } = useController({ control, name: 'tags' });
  const tags = field.value;
  const [typed, setTyped] = useState('');
  const known = useKnownTags(typed.trim() !== '');
  const listId = `${useId()}-tags`;
  const prefix = typed.trim().replace(/^#/, '').toLowerCase();
  const items = prefix === '' ? [] : suggestTags(known, prefix, tags);

  const add = (raw: string, shouldFocus = false): boolean => {
    const tag = raw.trim().replace(/^#/, '').toLowerCase();
    if (tag === '') return true;
    if (tags.includes(tag)) {
      setTyped('');
      return true;
    }
    const parsed = TagSchema.safeParse(tag);
    if (!parsed.success) {
      setError('tags', { type: 'tag', message: parsed.error.issues[0]?.message ?? '' }, { shouldFocus });
      return false;
    }
    clearErrors('tags');
    field.onChange([...tags, parsed.data]);
    setTyped('');
    return true;
  };
  useImperativeHandle(ref, () => ({ commitTyped: () => add(typed, true) }));
  const box = useSuggestionBox(listId, items, prefix, (tag) => void add(tag));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (box.onKeyDown(event)) return;
    if ((matchesKey(event, 'Enter') || event.key === ',' || event.key === ' ') && typed.trim() !== '') {
      event.preventDefault();
      add(typed);
    } else if (matchesKey(event, 'Backspace') && typed === '' && tags.length > 0) {
      field.onChange(tags.slice(0, -1));
    } else if (matchesKey(event, 'Enter')) {
      // An empty Enter must not submit the form by accident; Ctrl+Enter saves.
      event.preventDefault();
    }
  };

  return (
    <Field name="tags" label={t('field.tags')} hint={t('form.tagsHint')}>
      {(a11y) => (
        <div className="token-input">
          {tags.length > 0 && (
            <ul className="token-list">
              {tags.map((tag) => (
                <li key={tag}>
                  <TagChip tag={tag} removeLabel={t('form.removeTag', { tag })} onRemove={() => field.onChange(tags.filter((x) => x !== tag))} />
                </li>
              ))}
            </ul>
          )}
          <div className="combo">
            <input
              {...a11y}
              ref={field.ref}
              className="input"
              type="text"
              autoComplete="off"
              value={typed}
              {...box.inputProps}
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={onKeyDown}
              onBlur={() => {
                add(typed);
                field.onBlur();
              }}
            />
            <SuggestionList id={listId} label={t('capture.suggestions')} items={items} box={box} onAccept={(tag) => void add(tag)} render={(tag) => `#${tag}`} />
          </div>
        </div>
      )}
    </Field>
  );
}
