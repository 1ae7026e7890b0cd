/** The command palette's list: every screen and action of the shell, each with its shortcut. */
import { useMemo } from 'react';
import type { PaletteCommand } from '../features/palette/types';
import { t } from '../i18n';
import type { GlobalActions } from './useGlobalShortcuts';
import { shortcut } from './shortcuts';

/** Shell actions the palette can run besides the global shortcuts. */
export interface PaletteActions extends GlobalActions {
  openForm(): void;
  openOffice(): void;
  /** Absent unless an admin is signed in. */
  openAdmin?: () => void;
  /** Absent unless the person may keep projects. */
  newProject?: () => void;
}

const keysOf = (id: string) => shortcut(id).keys[0];

/** The commands, rebuilt when the actions change. */
export function usePaletteCommands(actions: PaletteActions): PaletteCommand[] {
  return useMemo(() => {
    const command = (id: string, label: string, run: () => void, shortcutId?: string): PaletteCommand => {
      const keys = shortcutId === undefined ? undefined : keysOf(shortcutId);
      return keys === undefined ? { id, label, run } : { id, label, run, shortcut: keys };
    };
    return [
      command('capture.focus', t('command.focusCapture'), actions.focusCapture, 'capture.focus'),
      command('capture.form', t('command.newForm'), actions.openForm),
      command('capture.newDraft', t('command.newDraft'), actions.newDraft, 'capture.newDraft'),
      command('capture.nextDraft', t('command.nextDraft'), actions.nextDraft, 'capture.nextDraft'),
      command('view.notebook', t('command.showNotebook'), actions.showNotebook, 'view.notebook'),
      command('view.review', t('command.showReview'), actions.showReview, 'view.review'),
      command('view.meeting', t('command.showMeeting'), actions.showMeeting, 'view.meeting'),
      command('view.projects', t('command.showProjects'), actions.showProjects, 'view.projects'),
      ...(actions.newProject === undefined ? [] : [command('projects.new', t('command.newProject'), actions.newProject)]),
      command('view.newsletter', t('command.showNewsletter'), actions.showNewsletter, 'view.newsletter'),
      command('search.focus', t('command.search'), actions.focusSearch, 'search.focus'),
      command('notebook.today', t('command.today'), actions.today, 'notebook.today'),
      command('notebook.previousDay', t('command.previousDay'), actions.previousDay, 'notebook.previousDay'),
      command('notebook.nextDay', t('command.nextDay'), actions.nextDay, 'notebook.nextDay'),
      command('help.show', t('command.help'), actions.openHelp, 'help.show'),
      command('settings.show', t('command.settings'), actions.openSettings, 'settings.show'),
      command('office.show', t('office.open'), actions.openOffice),
      ...(actions.openAdmin === undefined ? [] : [command('admin.show', t('admin.open'), actions.openAdmin)]),
    ];
  }, [actions]);
}
