/**
 * The themes as a grid of cards, biggest first, with one current card (roving focus): j/k or the arrows move,
 * Enter opens, and a facilitator's keys (r, m, s, h, p) ask for an action on the current theme. At first only the
 * biggest and the emerging themes are shown (first-glance.ts), with the count of all and "Show N smaller themes";
 * "Unthemed: N" and the hidden themes follow the grid.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Theme } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { shortcutText } from '../../../app/AppHeader';
import { formatCount } from '../format-figures';
import { ThemeCard } from './ThemeCard';
import { THEMES_AT_FIRST, themesAtFirst } from './first-glance';
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
  const { themes: all, hidden, unthemed, mayFacilitate, initialThemeId, onOpen, onAction, onOpenConcerns, onShowAgain } = props;
  const atFirst = useMemo(() => themesAtFirst(all), [all]);
  // Back from a smaller theme (or its concerns), the list opens with it shown, so the focus can return to it.
  const [isAll, setIsAll] = useState(() => !atFirst.some((theme) => theme.id === initialThemeId) && all.some((theme) => theme.id === initialThemeId));
  const themes = isAll ? all : atFirst;
  const smaller = all.length - atFirst.length;
  const gridId = useId();
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

  const toggle = () => {
    if (!isAll) {
      // Onto the first theme that appears, so j/k go on from there.
      const shown = new Set(atFirst.map((theme) => theme.id));
      const first = all.find((theme) => !shown.has(theme.id));
      if (first !== undefined) {
        focusNext.current = true;
        setCurrentId(first.id);
      }
    } else if (!atFirst.some((theme) => theme.id === currentId)) setCurrentId(atFirst[0]?.id);
    setIsAll(!isAll);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const intent = themeIntent(event, index, themes.length, mayFacilitate);
    if (intent === undefined) return;
    event.preventDefault();
    const theme = themes[index];
    if (intent.type === 'move') {
      const id = themes[intent.to]?.id;
      // Home on the first card changes nothing to render: a flag left for the effect would fire on a later render
      // (a dialog opening) and take the focus from it.
      if (intent.to === index) buttons.current.get(id ?? '')?.focus();
      else {
        focusNext.current = true;
        setCurrentId(id);
      }
    } else if (theme !== undefined) onAction(intent.kind, theme.id);
  };

  return (
    <div className="meeting-themes">
      {themes.length === 0 ? (
        <p className="meeting-muted">{t('meeting.themes.none')}</p>
      ) : (
        <p className="meeting-themes-shown" data-testid="themes-shown">
          {smaller > 0 && !isAll ? t('meeting.themes.shownOf', { count: formatCount(all.length), shown: THEMES_AT_FIRST }) : t('meeting.themes.all', { count: formatCount(all.length) })}
        </p>
      )}
      {themes.length > 0 && (
        <ul id={gridId} className="meeting-theme-grid" aria-label={t('meeting.themes.count', { count: themes.length })} onKeyDown={onKeyDown}>
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
        {smaller > 0 && (
          <button type="button" className="button button-secondary" aria-expanded={isAll} aria-controls={gridId} data-testid="themes-toggle" onClick={toggle}>
            {isAll ? t('meeting.themes.showFewer') : t('meeting.themes.showSmaller', { count: formatCount(smaller) })}
          </button>
        )}
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
