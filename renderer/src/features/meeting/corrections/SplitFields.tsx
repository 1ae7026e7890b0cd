/**
 * The split's phrase: one of the theme's key phrases (radio buttons) or a typed one, and a live preview of how
 * many of the theme's concerns contain it and would move to the new theme (read from the desk once).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Theme } from '@shared/patterns/types';
import { useDesk } from '../../../app/desk-context';
import { readConcernsByIds } from '../../../db/pattern-source';
import { t } from '../../../i18n';
import { countMoving } from './split-preview';

/** The phrase fields and the preview. */
export function SplitFields({ theme, phrase, onPhrase }: { theme: Theme; phrase: string; onPhrase: (phrase: string) => void }): ReactNode {
  const { db } = useDesk();
  const [texts, setTexts] = useState<string[]>();
  useEffect(() => {
    let isCurrent = true;
    void readConcernsByIds(db, theme.concernIds).then(({ concerns }) => isCurrent && setTexts(concerns.map((c) => `${c.summary}\n${c.details}`)));
    return () => {
      isCurrent = false;
    };
  }, [db, theme.concernIds]);
  const moving = useMemo(() => (texts === undefined || phrase.trim() === '' ? undefined : countMoving(texts, phrase)), [texts, phrase]);
  const isKeyPhrase = theme.keyPhrases.includes(phrase);
  return (
    <>
      <fieldset className="meeting-split-phrases">
        <legend>{t('meeting.split.phrase')}</legend>
        <p className="meeting-muted" id="meeting-split-hint">
          {t('meeting.split.phraseHint')}
        </p>
        {theme.keyPhrases.map((keyPhrase, index) => (
          <label key={keyPhrase} className="meeting-split-choice">
            <input type="radio" name="meeting-split-phrase" checked={phrase === keyPhrase} autoFocus={index === 0} onChange={() => onPhrase(keyPhrase)} />
            {keyPhrase}
          </label>
        ))}
        <label className="meeting-field" htmlFor="meeting-split-typed">
          <span>{t('meeting.split.phrase')}</span>
        </label>
        <input
          id="meeting-split-typed"
          className="input"
          value={isKeyPhrase ? '' : phrase}
          aria-describedby="meeting-split-hint meeting-split-preview"
          onChange={(event) => onPhrase(event.target.value)}
        />
      </fieldset>
      <p id="meeting-split-preview" className="meeting-split-preview" role="status" data-testid="split-preview">
        {moving === undefined
          ? ''
          : moving === 0
            ? t('meeting.split.previewNone', { phrase: phrase.trim() })
            : moving === theme.concernIds.length
              ? t('meeting.split.previewAll', { phrase: phrase.trim() })
              : t('meeting.split.preview', { count: moving, total: theme.concernIds.length })}
      </p>
    </>
  );
}
