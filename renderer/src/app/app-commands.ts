/**
 * Commands from outside the React tree (native menus and global shortcuts of the desktop shell, delivered by
 * platform.onCommand) reach the App through this small bus. main.tsx subscribes to the platform before the
 * first render, so a command sent while the app is still opening is kept and delivered once the App listens.
 */
import { useEffect } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import type { GlobalActions } from './useGlobalShortcuts';

/** A queue of commands with at most one listener (the App). */
export interface CommandBus {
  dispatch(command: AppCommand): void;
  /** Sets the listener, first delivering anything queued; returns the unsubscribe function. */
  listen(listener: (command: AppCommand) => void): () => void;
}

/** A new, empty bus. */
export function createCommandBus(): CommandBus {
  const queued: AppCommand[] = [];
  let current: ((command: AppCommand) => void) | undefined;
  return {
    dispatch(command) {
      if (current === undefined) queued.push(command);
      else current(command);
    },
    listen(listener) {
      current = listener;
      for (const command of queued.splice(0)) listener(command);
      return () => {
        if (current === listener) current = undefined;
      };
    },
  };
}

/** What each command does: the same action as its in-app shortcut (a Record, so a new command must be routed). */
export function routeOf(actions: GlobalActions): Record<AppCommand, () => void> {
  return {
    'capture:focus': actions.focusCapture,
    'capture:newDraft': actions.newDraft,
    'capture:nextDraft': actions.nextDraft,
    'search:focus': actions.focusSearch,
    'palette:open': actions.openPalette,
    'notebook:today': actions.today,
    'notebook:previousDay': actions.previousDay,
    'notebook:nextDay': actions.nextDay,
    'view:notebook': actions.showNotebook,
    'view:review': actions.showReview,
    'view:meeting': actions.showMeeting,
    'view:projects': actions.showProjects,
    'view:newsletter': actions.showNewsletter,
    'help:show': actions.openHelp,
    'settings:show': actions.openSettings,
  };
}

/** Makes the App the bus's listener while mounted, running each command's action. */
export function useAppCommands(bus: CommandBus, actions: GlobalActions): void {
  useEffect(() => bus.listen((command) => routeOf(actions)[command]()), [bus, actions]);
}
