/**
 * The newsletter editor's working copy of a month's issue, saved through saveNewsletter as staff type: a second
 * after the last key press, when the content is valid (a blank heading is shown as an error, not saved). Until
 * it is saved the working copy is kept in the browser's storage, so a reload or a crash mid-typing loses
 * nothing; it is dropped once the stored issue says the same, or when the issue changed elsewhere since the
 * copy was taken (another desk's later save wins, as the mutator's merge rule says).
 *
 * States: 'saved' (the issue holds what is shown), 'saving', 'unsaved' (waiting for the pause), 'invalid'
 * (errors by field), 'refused' (the mutator said no: the reason is shown, the typing kept).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { NewsletterContentSchema, type Newsletter, type NewsletterContent } from '@shared/domain/newsletter';
import type { Month } from '@shared/domain/meeting';
import { runLocalMutation } from '../../db';
import { useDesk } from '../../app/desk-context';
import { reasonOf } from '../review/actions/run-action';

/** How long after the last change the issue is saved. */
export const AUTOSAVE_MS = 1000;

/** Where the editor stands. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'invalid' | 'refused';

/** The editor's content, what became of it, and how to change it. */
export interface NewsletterEditor {
  readonly content: NewsletterContent | undefined;
  readonly state: SaveState;
  /** Errors by field path ("subject", "sections.1.heading"). */
  readonly errors: Readonly<Record<string, string>>;
  /** The mutator's reason when refused. */
  readonly refusal: string | undefined;
  update(content: NewsletterContent): void;
  /** Saves at once (Ctrl+S, leaving the view). */
  saveNow(): void;
}

interface WorkingCopy {
  readonly content: NewsletterContent;
  /** The stored issue's updatedAt the copy was taken from ('' when there was none). */
  readonly basedOn: string;
}

const storageKey = (dbName: string, month: Month) => `civic-notebook:newsletter-draft:${dbName}:${month}`;

function readCopy(key: string): WorkingCopy | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as { content?: unknown; basedOn?: unknown };
    // Loosely checked: an invalid copy is still the person's typing and is shown with its errors.
    if (typeof parsed.basedOn !== 'string' || parsed.content === null || typeof parsed.content !== 'object') return undefined;
    return parsed as WorkingCopy;
  } catch {
    return undefined;
  }
}

function writeCopy(key: string, copy: WorkingCopy | undefined): void {
  try {
    if (copy === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the issue still saves through the mutator; only the crash copy is lost.
  }
}

const contentOf = ({ subject, intro, sections, closing }: Newsletter): NewsletterContent => ({ subject, intro, sections, closing });
const same = (a: NewsletterContent, b: NewsletterContent) => JSON.stringify(a) === JSON.stringify(b);

function errorsOf(content: NewsletterContent): Record<string, string> {
  const parsed = NewsletterContentSchema.safeParse(content);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

/** The editor of `month`'s issue; `issue` is the stored row (null: none yet; undefined: still being read). */
export function useNewsletterEditor(month: Month, issue: Newsletter | null | undefined): NewsletterEditor {
  const { db, settings } = useDesk();
  const key = storageKey(db.name, month);
  const [copy, setCopy] = useState<WorkingCopy | undefined>(() => readCopy(key));
  const [state, setState] = useState<SaveState>('saved');
  const [refusal, setRefusal] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The save the timer is waiting to make, if any.
  const pending = useRef<() => void>(undefined);

  // A new month: its own copy.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setCopy(readCopy(key));
    setState('saved');
    setRefusal(undefined);
  }

  const stored = issue === null || issue === undefined ? undefined : contentOf(issue);
  const basedOn = issue?.updatedAt ?? '';
  // The copy is stale once the issue changed elsewhere after it was taken, and done once the issue says the same.
  // Based on a later time than the issue shows: this desk's own save, not read back yet.
  const isCopyLive = copy !== undefined && issue !== undefined && copy.basedOn >= basedOn && (stored === undefined || !same(copy.content, stored));
  // A stale or saved copy is no longer shown; its crash copy in storage goes too.
  useEffect(() => {
    if (copy !== undefined && issue !== undefined && !isCopyLive) writeCopy(key, undefined);
  }, [copy, isCopyLive, issue, key]);

  const save = useCallback(
    async (content: NewsletterContent) => {
      if (Object.keys(errorsOf(content)).length > 0) return setState('invalid');
      setState('saving');
      const at = new Date().toISOString();
      try {
        await runLocalMutation(db, 'saveNewsletter', { month, ...content }, { at, by: settings.staffName });
        // The issue now carries this save's time: a copy typed on meanwhile is based on it, not stale.
        setCopy((current) => {
          const next = current === undefined ? undefined : { ...current, basedOn: at };
          writeCopy(key, next);
          return next;
        });
        setRefusal(undefined);
        setState((now) => (now === 'saving' ? 'saved' : now));
      } catch (error) {
        setRefusal(reasonOf(error).reason);
        setState('refused');
      }
    },
    [db, key, month, settings.staffName],
  );

  const update = useCallback(
    (content: NewsletterContent) => {
      setCopy((current) => {
        const next = { content, basedOn: current !== undefined && current.basedOn > basedOn ? current.basedOn : basedOn };
        writeCopy(key, next);
        return next;
      });
      setState(Object.keys(errorsOf(content)).length > 0 ? 'invalid' : 'unsaved');
      clearTimeout(timer.current);
      pending.current = () => void save(content);
      timer.current = setTimeout(() => {
        pending.current = undefined;
        void save(content);
      }, AUTOSAVE_MS);
    },
    [basedOn, key, save],
  );
  // Leaving the view or the month within the pause saves at once rather than waiting for a return.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.();
      pending.current = undefined;
    },
    [key],
  );

  const content = isCopyLive ? copy.content : stored;
  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
    if (content !== undefined && isCopyLive) void save(content);
  }, [content, isCopyLive, save]);

  return { content, state: isCopyLive ? state : 'saved', errors: content === undefined ? {} : errorsOf(content), refusal, update, saveNow };
}
