import { describe, expect, it } from 'vitest';
import type { AppCommand } from '@shared/ipc/contract';
import { createCommandBus } from '../../../renderer/src/app/app-commands';

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
