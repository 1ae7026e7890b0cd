/**
 * Commands from outside the React tree (native menus and global shortcuts of the desktop shell, delivered by
 * platform.onCommand) reach the App through this small bus. main.tsx subscribes to the platform before the
 * first render, so a command sent while the app is still opening is kept and delivered once the App listens.
 */
import type { AppCommand } from '@shared/ipc/contract';

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
