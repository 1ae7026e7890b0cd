/**
 * The embedded database's queue: one task at a time, in order, and never so many back to back that Node
 * stops reading sockets (the server would stop taking requests, /health included, while desks push).
 */
import { expect, it } from 'vitest';
import { createSerialQueue } from '../../../server/src/db/serial-queue';

const closed = () => new Error('closed');

it('runs tasks one at a time in the order they were queued, and a failure stops only its own task', async () => {
  const queue = createSerialQueue(closed);
  const events: string[] = [];
  const task = (name: string, fails = false) => async () => {
    events.push(`start ${name}`);
    await Promise.resolve();
    events.push(`end ${name}`);
    if (fails) throw new Error(name);
    return name;
  };
  const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  await queue.close();
  await expect(queue.run(task('d'))).rejects.toThrow('closed');
});

it('lets Node handle pending I/O between queued tasks, so a busy queue does not starve the server', async () => {
  const queue = createSerialQueue(closed);
  const events: string[] = [];
  // Tasks that finish in microtasks only, like PGlite's synchronous statements behind their promises.
  const tasks = Array.from({ length: 50 }, (_, i) => queue.run(async () => void events.push(`task ${i}`)));
  setImmediate(() => events.push('I/O'));
  await Promise.all(tasks);
  const io = events.indexOf('I/O');
  expect(io).toBeGreaterThanOrEqual(0);
  expect(io).toBeLessThan(5);
});

it('lets Node handle pending I/O between the transactions of a request that runs them one after another', async () => {
  // The server's case: a push awaits each mutation's transaction before queuing the next, so the queue is
  // never more than one deep, and only the hop to a new loop turn lets other requests in.
  const queue = createSerialQueue(closed);
  const events: string[] = [];
  setImmediate(() => events.push('I/O'));
  for (let i = 0; i < 5; i += 1) await queue.run(async () => void events.push(`task ${i}`));
  const io = events.indexOf('I/O');
  expect(io).toBeGreaterThanOrEqual(0);
  expect(io).toBeLessThan(5);
  expect(events.filter((e) => e !== 'I/O')).toEqual(['task 0', 'task 1', 'task 2', 'task 3', 'task 4']);
});
