import { describe, expect, it } from 'vitest';
import { AppCommandSchema, type AppCommand } from '@shared/ipc/contract';
import { createCommandBus, routeOf } from '../../../renderer/src/app/app-commands';
import type { GlobalActions } from '../../../renderer/src/app/useGlobalShortcuts';

describe('command bus', () => {
  it('keeps commands sent before the app listens and delivers them in order', () => {
    const bus = createCommandBus();
    bus.dispatch('capture:focus');
    bus.dispatch('notebook:today');
    const seen: AppCommand[] = [];
    bus.listen((c) => seen.push(c));
    bus.dispatch('help:show');
    expect(seen).toEqual(['capture:focus', 'notebook:today', 'help:show']);
  });

  it('stops delivering to a listener once it unsubscribed', () => {
    const bus = createCommandBus();
    const seen: AppCommand[] = [];
    const stop = bus.listen((c) => seen.push(c));
    stop();
    bus.dispatch('search:focus');
    expect(seen).toEqual([]);
  });
});

describe('routeOf', () => {
  it('sends each command to an action of its own, the one its in-app shortcut runs', () => {
    const calls: string[] = [];
    const actions = new Proxy({} as GlobalActions, { get: (_target, name: string) => () => calls.push(name) });
    const route = routeOf(actions);
    for (const command of AppCommandSchema.options) route[command]();
    expect(calls).toHaveLength(AppCommandSchema.options.length);
    expect(new Set(calls).size).toBe(calls.length);
    expect(Object.fromEntries(AppCommandSchema.options.map((command, i) => [command, calls[i]]))).toMatchObject({
      'capture:focus': 'focusCapture',
      'view:projects': 'showProjects',
      'view:newsletter': 'showNewsletter',
      'palette:open': 'openPalette',
      'capture:nextDraft': 'nextDraft',
    });
  });
});
