/**
 * Comment: a text box where "@" and a few letters suggest colleagues (arrows to move, Enter or Tab to take
 * one, which writes "@Display Name"; Escape closes the list and leaves the dialog open). The colleagues named
 * in the text when it is sent are the ones let know, listed under the box as they are typed.
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { CommentTextSchema, MAX_COMMENT_LENGTH, MAX_MENTIONS, type OfficeStaff } from '@shared/domain/review';
import { officeStaff, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { matchesKey } from '../../../app/shortcuts';
import { t } from '../../../i18n';
import { ActionFrame, ProblemText } from './ActionFrame';
import { insertMention, mentionAtCaret, mentionCompletions, mentionedStaffIds } from './mentions';
import { movedIndex } from './PickList';
import type { ActionFormProps } from './types';

/** The comment's text and caret, and the mention suggestions at the caret. */
function useMentionBox(staff: readonly OfficeStaff[], ref: RefObject<HTMLTextAreaElement | null>) {
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [picked, setPicked] = useState({ key: '', index: 0, isDismissed: false });
  const nextCaret = useRef<number | undefined>(undefined);
  const query = mentionAtCaret(text, Math.min(caret, text.length));
  const key = query === undefined ? '' : `${query.start}:${query.query}`;
  // A new query highlights the first suggestion again and reopens a dismissed list.
  const state = picked.key === key ? picked : { key, index: 0, isDismissed: false };
  const items = query === undefined || state.isDismissed ? [] : mentionCompletions(staff, query.query);
  const index = Math.min(state.index, Math.max(items.length - 1, 0));

  useLayoutEffect(() => {
    const at = nextCaret.current;
    if (at === undefined || ref.current === null) return;
    nextCaret.current = undefined;
    ref.current.setSelectionRange(at, at);
  });

  const accept = (member: OfficeStaff) => {
    if (query === undefined) return;
    const result = insertMention(text, query, Math.min(caret, text.length), member.displayName);
    nextCaret.current = result.caret;
    setCaret(result.caret);
    setText(result.text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (items.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const next = event.key === 'ArrowDown' || event.key === 'ArrowUp' ? movedIndex(event.key, index, items.length) : undefined;
    if (next !== undefined) {
      event.preventDefault();
      setPicked({ ...state, index: next });
    } else if (matchesKey(event, 'Enter') || matchesKey(event, 'Tab')) {
      const member = items[index];
      if (member === undefined) return;
      event.preventDefault();
      accept(member);
    } else if (matchesKey(event, 'Escape')) {
      // Closing the list must not also close the dialog.
      event.preventDefault();
      event.stopPropagation();
      setPicked({ ...state, isDismissed: true });
    }
  };
  const trackCaret = () => setCaret(ref.current?.selectionStart ?? text.length);
  return { text, setText, items, index, accept, onKeyDown, trackCaret, highlight: (i: number) => setPicked({ ...state, index: i }) };
}

/** The comment form. */
export function CommentForm(props: ActionFormProps): ReactNode {
  const { db } = useDesk();
  const staff = useLiveQuery(() => officeStaff(db), [db]) ?? [];
  const ref = useRef<HTMLTextAreaElement>(null);
  const box = useMentionBox(staff, ref);
  const [error, setError] = useState<string>();
  const id = useId();
  const listId = `${id}-mentions`;
  const mentions = mentionedStaffIds(box.text, staff);
  const names = mentions.map((m) => staff.find((s) => s.id === m)?.displayName ?? '').join(', ');
  const submit = () => {
    const parsed = CommentTextSchema.safeParse(box.text);
    const problem = parsed.success
      ? mentions.length > MAX_MENTIONS
        ? t('reviewActions.comment.tooMany', { max: MAX_MENTIONS })
        : undefined
      : parsed.error.issues[0]?.message;
    setError(problem);
    if (problem !== undefined || !parsed.success) {
      ref.current?.focus();
      return;
    }
    props.run({ kind: 'comment', text: parsed.data, mentions });
  };
  const isOpen = box.items.length > 0;
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.comment.confirm')} onSubmit={submit}>
      <div className="review-action-field review-action-mention" data-invalid={error !== undefined || undefined}>
        <label className="review-action-label" htmlFor={id}>
          {t('reviewActions.comment.field')}
        </label>
        <p id={`${id}-hint`} className="review-action-hint">
          {t('reviewActions.comment.hint')}
        </p>
        <ProblemText id={`${id}-error`} message={error} className="review-action-error" />
        <textarea
          id={id}
          ref={ref}
          className="input review-action-textarea"
          rows={5}
          maxLength={MAX_COMMENT_LENGTH}
          autoFocus
          value={box.text}
          // A text box that offers suggestions keeps its own role (a textarea may not be a combobox), with
          // the attributes a textbox allows: the list it controls and the highlighted suggestion.
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={isOpen ? `${listId}-${box.index}` : undefined}
          aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
          aria-invalid={error === undefined ? undefined : true}
          onChange={(event) => {
            box.setText(event.target.value);
            box.trackCaret();
          }}
          onKeyDown={box.onKeyDown}
          onKeyUp={box.trackCaret}
          onClick={box.trackCaret}
          onSelect={box.trackCaret}
        />
        <ul id={listId} role="listbox" aria-label={t('reviewActions.comment.suggestions')} className="review-action-options review-action-suggestions" hidden={!isOpen}>
          {box.items.map((member, i) => (
            <li
              key={member.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === box.index}
              className="review-action-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => box.highlight(i)}
              onClick={() => box.accept(member)}
            >
              {member.displayName}
            </li>
          ))}
        </ul>
        {mentions.length > 0 && <p className="review-action-hint">{t('reviewActions.comment.mentions', { names })}</p>}
      </div>
    </ActionFrame>
  );
}
