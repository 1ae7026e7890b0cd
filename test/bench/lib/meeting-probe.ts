/**
 * What the meeting view bench watches in the page during one opening of the meeting (Alt+3), installed by
 * page.evaluate (so this function is self-contained: no imports, nothing from outside its body):
 *   - the main thread while the worker runs: long tasks, long animation frames and requestAnimationFrame deltas;
 *   - the app's mark 'meeting:result-received' (analysis-client.ts), whose detail carries the worker's timings
 *     and when it posted the result (postedAt, ms since the epoch: the page subtracts its own timeOrigin);
 *   - the first frame that shows theme cards; then, as a person would, the first card is focused and j pressed
 *     (a keydown dispatched in a task of its own, after that frame), and the clock stops at the first frame
 *     painted after focus moved to the second card: the dashboard answered a key.
 * All times are the page's performance.now() milliseconds; `done` turns true when the key was answered.
 */

/** One long task or long animation frame. */
export interface Busy {
  readonly start: number;
  readonly duration: number;
}

/** What the probe records. */
export interface MeetingProbe {
  start: number;
  viewShownAt?: number;
  receivedAt?: number;
  postedAt?: number;
  timings?: { readMs: number; analyzeMs: number; concerns: number };
  renderedAt?: number;
  keyAt?: number;
  focusedAt?: number;
  answeredAt?: number;
  cards?: number;
  frames: { at: number; delta: number }[];
  longTasks: Busy[];
  longFrames: Busy[];
  done: boolean;
  problem?: string;
}

declare global {
  interface Window {
    meetingProbe?: MeetingProbe;
  }
}

/** Installs the probe and presses Alt+3 (the meeting view's key, on window where the app listens). */
export function startMeetingProbe(): void {
  const probe: MeetingProbe = { start: performance.now(), frames: [], longTasks: [], longFrames: [], done: false };
  window.meetingProbe = probe;
  const observers: PerformanceObserver[] = [];
  const watch = (type: string, into: Busy[]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => into.push({ start: e.startTime, duration: e.duration })));
    observer.observe({ type });
    observers.push(observer);
  };
  watch('longtask', probe.longTasks);
  watch('long-animation-frame', probe.longFrames);
  const cardButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid="theme-card"] .meeting-theme-open')];
  const finish = () => {
    observers.forEach((o) => o.disconnect());
    probe.done = true;
  };
  document.addEventListener(
    'focusin',
    function onFocus(event) {
      if (probe.keyAt === undefined || event.target !== cardButtons()[1]) return;
      probe.focusedAt = performance.now();
      document.removeEventListener('focusin', onFocus);
      // The next frame shows the moved focus; the task after it runs once that frame has been painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.answeredAt = performance.now();
          finish();
        }, 0),
      );
    },
    true,
  );
  let last = 0;
  const frame = (time: number) => {
    if (last > 0) probe.frames.push({ at: time, delta: time - last });
    last = time;
    if (probe.viewShownAt === undefined && document.querySelector('[data-testid="meeting-view"]') !== null) probe.viewShownAt = performance.now();
    if (probe.receivedAt === undefined) {
      const mark = performance.getEntriesByName('meeting:result-received').at(-1) as PerformanceMark | undefined;
      if (mark !== undefined && mark.startTime >= probe.start) {
        const detail = mark.detail as MeetingProbe['timings'] & { postedAt?: number };
        probe.receivedAt = mark.startTime;
        probe.postedAt = detail?.postedAt === undefined ? undefined : detail.postedAt - performance.timeOrigin;
        probe.timings = detail;
      }
    }
    const buttons = cardButtons();
    if (probe.receivedAt !== undefined && probe.renderedAt === undefined && buttons.length > 0) {
      probe.renderedAt = performance.now();
      probe.cards = buttons.length;
      if (buttons.length < 2) {
        probe.problem = `only ${buttons.length} theme card: j has nowhere to go`;
        finish();
        return;
      }
      setTimeout(() => {
        buttons[0]?.focus();
        probe.keyAt = performance.now();
        buttons[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', bubbles: true, cancelable: true }));
      }, 0);
    }
    if (!probe.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', code: 'Digit3', altKey: true, bubbles: true }));
}
