/** The header: the app's name, the views, search, and the palette, help and settings buttons with their shortcuts. */
import type { ReactNode, Ref } from 'react';
import { BookOpen, ChartColumn, Command, FolderKanban, Inbox, Keyboard, Mail, NotebookPen, Settings, type LucideIcon } from 'lucide-react';
import { ShortcutButton } from '../components/ShortcutButton';
import { formatKeys } from '../features/help/format-keys';
import { SearchBox } from '../features/search/SearchBox';
import { t } from '../i18n';
import { shortcut } from './shortcuts';

/** A shortcut as shown in a tooltip ("Ctrl+K") and in aria-keyshortcuts ("Control+K"). */
export function shortcutText(id: string): { shortcutText: string; ariaKeys: string } {
  const keys = shortcut(id).keys[0] ?? '';
  const parts = keys.split('+');
  const ariaKeys = parts.map((part) => (part.length === 1 ? part.toUpperCase() : part)).join('+');
  return { shortcutText: formatKeys(keys).join('+'), ariaKeys };
}

/** Props of AppHeader. */
export interface AppHeaderProps {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  readonly onSearchDone: () => void;
  readonly searchRef: Ref<HTMLInputElement>;
  readonly onPalette: () => void;
  readonly onHelp: () => void;
  readonly onSettings: () => void;
  readonly view: View;
  readonly onViewChange: (view: View) => void;
}

/** The app's views: the day's notebook, the review queue, the monthly meeting and the projects. */
export type View = 'notebook' | 'review' | 'meeting' | 'projects' | 'newsletter';

const VIEW_ICONS: Record<View, LucideIcon> = { notebook: BookOpen, review: Inbox, meeting: ChartColumn, projects: FolderKanban, newsletter: Mail };

/** The app's top bar. */
export function AppHeader(props: AppHeaderProps): ReactNode {
  return (
    <header className="app-header">
      <div className="brand">
        <NotebookPen size={22} aria-hidden="true" className="brand-icon" />
        <h1 className="brand-name">{t('app.name')}</h1>
      </div>
      <nav className="view-tabs" aria-label={t('view.label')}>
        {(['notebook', 'review', 'meeting', 'projects', 'newsletter'] as const).map((view) => {
          const keys = shortcutText(`view.${view}`);
          const Icon = VIEW_ICONS[view];
          return (
            <button
              key={view}
              type="button"
              className="view-tab"
              aria-current={props.view === view ? 'page' : undefined}
              aria-keyshortcuts={keys.ariaKeys}
              title={t('shell.shortcutHint', { keys: keys.shortcutText })}
              onClick={() => props.onViewChange(view)}
            >
              <Icon size={16} aria-hidden="true" />
              {t(`view.${view}`)}
            </button>
          );
        })}
      </nav>
      <SearchBox query={props.query} onQueryChange={props.onQueryChange} onDone={props.onSearchDone} inputRef={props.searchRef} />
      <nav className="header-actions" aria-label={t('shell.tools')}>
        <ShortcutButton label={t('shell.palette')} {...shortcutText('palette.open')} onPress={props.onPalette}>
          <Command size={18} aria-hidden="true" />
        </ShortcutButton>
        <ShortcutButton label={t('shell.help')} {...shortcutText('help.show')} onPress={props.onHelp}>
          <Keyboard size={18} aria-hidden="true" />
        </ShortcutButton>
        <ShortcutButton label={t('shell.settings')} {...shortcutText('settings.show')} onPress={props.onSettings}>
          <Settings size={18} aria-hidden="true" />
        </ShortcutButton>
      </nav>
    </header>
  );
}
