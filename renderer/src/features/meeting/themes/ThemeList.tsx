/**
 * The themes as a grid of cards, biggest first, with one current card (roving focus): j/k or the arrows move,
 * Enter opens, and a facilitator's keys (r, m, s, h, p) ask for an action on the current theme. "Unthemed: N"
 * and the hidden themes follow the grid.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Theme } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { shortcutText } from '../../../app/AppHeader';
import { formatCount } from '../format-figures';
import { ThemeCard } from './ThemeCard';
import { themeIntent, type ThemeActionKind } from './theme-keys';

/** Props of ThemeList. */
export interface ThemeListProps {
  readonly themes: readonly Theme[];
  readonly hidden: readonly Theme[];
  readonly unthemed: readonly string[];
  readonly mayFacilitate: boolean;
  /** The theme to start on (the one last opened), by id. */
  readonly initialThemeId?: string;
  readonly onOpen: (themeId: string) => void;
  readonly onAction: (kind: ThemeActionKind, themeId: string) => void;
  readonly onOpenConcerns: (title: string, concernIds: readonly string[]) => void;
  readonly onShowAgain: (theme: Theme) => void;
}

/** The keys a card's tooltip names. */
function keyHints(mayFacilitate: boolean): string {
  const keys = ['meeting.nextTheme', 'meeting.open', ...(mayFacilitate ? ['meeting.rename', 'meeting.pin'] : [])];
  return keys.map((id) => `${t(`shortcut.${id}` as 'shortcut.meeting.open')}: ${shortcutText(id).shortcutText}`).join(' · ');
}

/** The themes' grid. */
export function ThemeList(props: ThemeListProps): ReactNode {
  const { themes, hidden, unthemed, mayFacilitate, initialThemeId, onOpen, onAction, onOpenConcerns, onShowAgain } = props;
  const [currentId, setCurrentId] = useState(initialThemeId ?? themes[0]?.id);
  const index = Math.max(0, themes.findIndex((theme) => theme.id === currentId));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef(false);
  const hints = keyHints(mayFacilitate);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const id = themes[index]?.id;
    if (id !== undefined) buttons.current.get(id)?.focus();
  }, [index, themes]);

  const onKeyDown = (event: KeyboardEvent) => {
    const intent = themeIntent(event, index, themes.length, mayFacilitate);
    if (intent === undefined) return;
    event.preventDefault();
    const theme = themes[index];
    if (intent.type === 'move') {
      focusNext.current = true;
      setCurrentId(themes[intent.to]?.id);
    } else if (theme !== undefined) onAction(intent.kind, theme.id);
  };

  return (
    <div className="meeting-themes">
      {themes.length === 0 ? (
        <p className="meeting-muted">{t('meeting.themes.none')}</p>
      ) : (
        <ul className="meeting-theme-grid" aria-label={t('meeting.themes.count', { count: themes.length })} onKeyDown={onKeyDown}>
          {themes.map((theme, i) => (
            <ThemeCard
              key={theme.id}
              theme={theme}
              isCurrent={i === index}
              onOpen={onOpen}
              onFocus={setCurrentId}
              keyHints={hints}
              buttonRef={(element) => {
                if (element === null) buttons.current.delete(theme.id);
                else buttons.current.set(theme.id, element);
              }}
            />
          ))}
        </ul>
      )}
      <div className="meeting-themes-more">
        {unthemed.length > 0 && (
          <button type="button" className="button button-secondary" data-testid="unthemed" onClick={() => onOpenConcerns(t('meeting.themes.unthemedTitle'), unthemed)}>
            {t('meeting.themes.unthemed', { count: formatCount(unthemed.length) })}
          </button>
        )}
        {hidden.length > 0 && (
          <details className="meeting-hidden-themes">
            <summary>{t('meeting.themes.hidden', { count: hidden.length })}</summary>
            <ul>
              {hidden.map((theme) => (
                <li key={theme.id}>
                  <button type="button" className="meeting-link" onClick={() => onOpenConcerns(theme.label, theme.concernIds)}>
                    {theme.label} ({formatCount(theme.count)})
                  </button>
                  {mayFacilitate && (
                    <button type="button" className="meeting-small" onClick={() => onShowAgain(theme)}>
                      {t('meeting.themes.show')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  );
}
