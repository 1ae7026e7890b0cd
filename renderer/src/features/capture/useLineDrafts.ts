/**
 * The quick line's drafts. What is typed is written to the drafts table as it is typed (at most every 150 ms,
 * and at once on blur, tab switch or unload), and the newest line draft is put back in the line at start-up.
 * Several drafts can be open: setting one aside starts a fresh line, and each draft can be switched back to.
 * A line draft has a row only while it has text, so an empty line leaves nothing behind.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '@shared/domain/draft';
import { deleteDraft, listDrafts, putDraft, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { createLatestWriter } from '../../lib/latest-writer';
import { createMarker } from '../../lib/marker';
import { useFlushOnLeave } from '../../lib/useFlushOnLeave';
import { newId } from '../../lib/ids';

/** The line being typed: which draft it is and its text. */
export interface Line {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
}

/**
 * The draft that was in the line, so a reload puts back what was being typed but leaves drafts that were set
 * aside as chips (set aside means "not now").
 */
const activeLine = createMarker('civic-notebook.line-draft');

const freshLine = (): Line => ({ id: newId(), text: '', createdAt: new Date().toISOString() });

/** State and actions of the line's drafts. */
export interface LineDrafts {
  readonly line: Line;
  /** The line as last set, even before React re-renders (for code running after an await). */
  current(): Line;
  /** Every stored draft (line and form), oldest first; undefined while loading. */
  readonly drafts: readonly Draft[] | undefined;
  setText(text: string): void;
  /** Writes any pending change now. */
  flush(): Promise<void>;
  /** Stops pending writes of the line (it is about to be saved or handed to the form) and waits for earlier ones. */
  settle(): Promise<void>;
  /** Starts an empty line with a new draft id, leaving the current draft stored. */
  startFresh(): void;
  /** Puts a stored line draft into the line. */
  switchTo(draft: Draft): Promise<void>;
  /** Deletes a draft; the line is cleared when it was the one being typed. */
  discard(id: string): Promise<void>;
  /** Restores the text after a failed save. */
  restore(line: Line): void;
  /** Set when a draft write failed; cleared by the next successful one. */
  readonly writeError: string | undefined;
}

/** Keeps the quick line and the drafts table in step. */
export function useLineDrafts(): LineDrafts {
  const { db } = useDesk();
  const [line, setLine] = useState<Line>(freshLine);
  const [writeError, setWriteError] = useState<string | undefined>();
  // The line as last set, for callbacks that must not wait for a re-render (typing is faster than React).
  const lineRef = useRef(line);
  const writer = useMemo(
    () => createLatestWriter(150, (error) => setWriteError(error instanceof Error ? error.message : String(error))),
    [],
  );
  const drafts = useLiveQuery(() => listDrafts(db), [db]);

  const write = useCallback(
    (next: Line) =>
      writer.schedule(async () => {
        if (next.text.trim() === '') await deleteDraft(db, next.id);
        else {
          const draft: Draft = { id: next.id, kind: 'line', text: next.text, createdAt: next.createdAt, updatedAt: new Date().toISOString() };
          await putDraft(db, draft);
        }
        setWriteError(undefined);
      }),
    [db, writer],
  );

  // Every change of the line goes through here, so the ref, the screen and the marker agree.
  const show = useCallback((next: Line) => {
    lineRef.current = next;
    setLine(next);
    if (next.text.trim() === '') activeLine.clear();
    else activeLine.set(next.id);
  }, []);

  // Start-up: the draft that was in the line goes back into it, unless typing has already begun.
  useEffect(() => {
    let isCurrent = true;
    const id = activeLine.get();
    void listDrafts(db).then((all) => {
      const found = all.find((d) => d.id === id && d.kind === 'line');
      if (isCurrent && found !== undefined && lineRef.current.text === '') {
        show({ id: found.id, text: found.text, createdAt: found.createdAt });
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [db, show]);

  // Unload, tab switch and window close: write what is pending now rather than up to 150 ms later.
  useFlushOnLeave(useCallback(() => void writer.flush(), [writer]));

  const setText = useCallback(
    (text: string) => {
      const next = { ...lineRef.current, text };
      show(next);
      write(next);
    },
    [show, write],
  );

  const switchTo = useCallback(
    async (draft: Draft) => {
      await writer.flush();
      show({ id: draft.id, text: draft.text, createdAt: draft.createdAt });
    },
    [writer, show],
  );

  const discard = useCallback(
    async (id: string) => {
      if (id === lineRef.current.id) {
        await writer.cancel();
        show(freshLine());
      }
      await deleteDraft(db, id);
    },
    [db, writer, show],
  );

  const startFresh = useCallback(() => show(freshLine()), [show]);

  const restore = useCallback(
    (previous: Line) => {
      show(previous);
      write(previous);
    },
    [show, write],
  );

  return { line, current: () => lineRef.current, drafts, setText, flush: writer.flush, settle: writer.cancel, startFresh, switchTo, discard, restore, writeError };
}
