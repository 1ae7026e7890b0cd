import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLatestWriter } from '../../../renderer/src/lib/latest-writer';

describe('latest writer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the first change at once and then only the newest change per interval', async () => {
    const written: string[] = [];
    const writer = createLatestWriter(150, () => undefined);
    const write = (value: string) => () => {
      written.push(value);
      return Promise.resolve();
    };
    writer.schedule(write('M'));
    writer.schedule(write('Mr'));
    writer.schedule(write('Mr C'));
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['M']);
    await vi.advanceTimersByTimeAsync(150);
    expect(written).toEqual(['M', 'Mr C']);
  });

  it('flushes the pending write immediately and resolves once it is done', async () => {
    const written: string[] = [];
    const writer = createLatestWriter(150, () => undefined);
    writer.schedule(async () => void written.push('a'));
    writer.schedule(async () => void written.push('b'));
    await writer.flush();
    expect(written).toEqual(['a', 'b']);
  });

  it('drops the pending write on cancel so a saved draft is not written back', async () => {
    const written: string[] = [];
    const writer = createLatestWriter(150, () => undefined);
    writer.schedule(async () => void written.push('first'));
    writer.schedule(async () => void written.push('late'));
    await writer.cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual(['first']);
  });

  it('reports a failed write and keeps writing later changes', async () => {
    const errors: unknown[] = [];
    const written: string[] = [];
    const writer = createLatestWriter(0, (error) => errors.push(error));
    writer.schedule(() => Promise.reject(new Error('quota')));
    await writer.flush();
    writer.schedule(async () => void written.push('next'));
    await writer.flush();
    expect(errors).toHaveLength(1);
    expect(written).toEqual(['next']);
  });

  it('never lets a later write overtake an earlier one', async () => {
    const order: string[] = [];
    const writer = createLatestWriter(0, () => undefined);
    writer.schedule(() => new Promise<void>((resolve) => setTimeout(() => (order.push('slow'), resolve()), 50)));
    writer.schedule(async () => void order.push('fast'));
    await vi.advanceTimersByTimeAsync(100);
    await writer.flush();
    expect(order).toEqual(['slow', 'fast']);
  });
});
