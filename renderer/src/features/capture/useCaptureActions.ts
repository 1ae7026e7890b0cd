/**
 * What the quick line does: save (Enter), open the full form (Shift+Enter), set a draft aside (Alt+S) and
 * switch drafts (Alt+D). The line is cleared before the database write finishes, so the next caller can be
 * typed at once; a failed write puts the text back (or keeps it as a draft if typing has already resumed).
 */
import { useState } from 'react';
import type { Concern } from '@shared/domain/concern';
import type { Draft } from '@shared/domain/draft';
import { parseQuickLine } from '@shared/domain/quick-line';
import { createConcern, listDrafts, putDraft } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useAnnounce } from '../../app/announcer';
import { t } from '../../i18n';
import { newId } from '../../lib/ids';
import { formatTime } from '../../lib/format';
import type { FormRequest } from '../concern-form/types';
import { fieldsFromParsed, formFieldsFromLine } from './line-fields';
import type { LineDrafts } from './useLineDrafts';
import { excerpt } from './draft-label';

/** Where the line hands work to the rest of the app. */
export interface CaptureCallbacks {
  readonly onSaved: (concern: Concern) => void;
  readonly onOpenForm: (request: FormRequest) => void;
  /** A form draft chip was chosen. */
  readonly onOpenFormDraft: (draft: Draft) => void;
}

/** The line's actions and the feedback they leave. */
export function useCaptureActions(drafts: LineDrafts, callbacks: CaptureCallbacks) {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const save = async () => {
    const previous = drafts.current();
    // Enter on an empty line (a second press after a save, say) has nothing to save and nothing to correct.
    if (previous.text.trim() === '') return;
    const parsed = parseQuickLine(previous.text);
    if (parsed.errors.length > 0) {
      setHasTriedSave(true);
      return;
    }
    const settled = drafts.settle();
    drafts.startFresh();
    setHasTriedSave(false);
    setFailure(undefined);
    const now = new Date();
    try {
      await settled;
      const concern = await createConcern(db, newId(now), fieldsFromParsed(parsed, settings.defaultChannel), {
        at: now.toISOString(),
        by: settings.staffName,
        historyId: newId(now),
        draftId: previous.id,
      });
      setSaved(`${t('capture.savedAt', { time: formatTime(concern.createdAt) })} · ${excerpt(concern.summary, 60)}`);
      announce(t('capture.saved', { summary: concern.summary }));
      callbacks.onSaved(concern);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setFailure(t('capture.saveFailed', { detail }));
      if (drafts.current().text === '') drafts.restore(previous);
      else await putDraft(db, { ...previous, kind: 'line', updatedAt: new Date().toISOString() });
    }
  };

  const openForm = async () => {
    const previous = drafts.current();
    const settled = drafts.settle();
    drafts.startFresh();
    setHasTriedSave(false);
    await settled;
    callbacks.onOpenForm({
      draftId: previous.id,
      draftCreatedAt: previous.createdAt,
      line: previous.text,
      initial: formFieldsFromLine(previous.text, settings.defaultChannel),
      isUnsaved: previous.text.trim() !== '',
    });
  };

  const setAside = async () => {
    if (drafts.current().text.trim() === '') return;
    await drafts.flush();
    drafts.startFresh();
    setHasTriedSave(false);
    announce(t('drafts.setAside'));
  };

  const selectDraft = async (draft: Draft) => {
    if (draft.kind === 'form') {
      await drafts.flush();
      callbacks.onOpenFormDraft(draft);
      return;
    }
    await drafts.switchTo(draft);
    setHasTriedSave(false);
  };

  const nextDraft = async () => {
    await drafts.flush();
    const all = await listDrafts(db);
    const lines = all.filter((d) => d.kind === 'line');
    const currentId = drafts.current().id;
    const at = lines.findIndex((d) => d.id === currentId);
    const next = lines[(at + 1) % Math.max(lines.length, 1)];
    if (next === undefined || next.id === currentId) {
      announce(t('drafts.none'));
      return;
    }
    await selectDraft(next);
    announce(t('drafts.switched', { number: all.indexOf(next) + 1 }));
  };

  const discard = async (draft: Draft) => {
    await drafts.discard(draft.id);
    announce(t('drafts.discarded'));
  };

  return { save, openForm, setAside, selectDraft, nextDraft, discard, hasTriedSave, saved, failure };
}
