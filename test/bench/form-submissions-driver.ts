/**
 * The second process of the form benchmark (form-submissions.ts starts it): citizens submitting the suggestion
 * form over real HTTP, each from a loopback address of its own (form-submissions-client.ts), in two phases:
 *
 *   sustained  submissions started on a fixed schedule (`rate` a second, whatever the answers), as citizens
 *              arrive independently of each other: the latency at that load, and whether the server keeps up;
 *   flat out   `concurrency` submissions in flight, each sent when the last is answered: the most it takes.
 *
 * Before each phase, not measured: GET the form once per submission to come, from the address that will send
 * it, keeping its signed token (a browser gets one per page load); then wait out the form's minimum time to
 * submit once, so no submission waits. Each address sends at most `perAddress` submissions (the per-address
 * rate limit). A submission counts when answered 200 with a reference number; its latency runs from sending
 * to the whole answer read; the first `warmupSeconds` of each phase are not counted.
 *
 * Reads DriverSettings as JSON in argv[2]; prints DriverFigures as one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { SUGGESTION_FIELDS as F, SUGGESTION_FORM_LIMITS, suggestionFormPath } from '@shared/api/suggestion-form';
import { citizens, closeCitizens, hiddenValue, send, type Answer, type Citizen } from './form-submissions-client';

/** What the orchestrator asks for. */
export interface DriverSettings {
  readonly url: string;
  readonly slug: string;
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Submissions started per second in the sustained phase. */
  readonly rate: number;
  /** Submissions in flight in the flat-out phase. */
  readonly concurrency: number;
  /** Forms prepared for the flat-out phase (the most it can send). */
  readonly flatOutTokens: number;
  /** Submissions per client address, kept within the form's per-address rate limit. */
  readonly perAddress: number;
}

/** What one phase measured. */
export interface PhaseFigures {
  /** Latencies (ms) of the submissions due within the measured window and answered with a reference. */
  readonly latenciesMs: number[];
  /** Submissions answered with a reference within the measured window (whenever they were sent). */
  readonly answered: number;
  /** Submissions answered with a reference, warm-up included: each is a concern the office must now hold. */
  readonly accepted: number;
  readonly errors: string[];
  /** How long the measured window really was (shorter when the prepared forms ran out). */
  readonly seconds: number;
  readonly ranOut: boolean;
  readonly prepareSeconds: number;
}

/** What the driver measured. */
export interface DriverFigures {
  readonly sustained: PhaseFigures;
  readonly flatOut: PhaseFigures;
}

interface Ticket {
  readonly citizen: Citizen;
  readonly token: string;
}

/** A phase's loop: sends tickets until `until` (ms, performance clock) through `submit`. */
type Schedule = (tickets: readonly Ticket[], until: number, submit: (ticket: Ticket, n: number, due: number) => Promise<void>) => Promise<void>;

const REFERENCE = /[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/;
const PREPARE_CONCURRENCY = 32;
/** The sustained phase never holds more in flight than this: past it the server is not keeping up anyway. */
const MAX_IN_FLIGHT = 256;
const MAX_ERRORS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function prepare(base: URL, slug: string, people: readonly Citizen[], count: number, errors: string[]): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count && errors.length === 0) {
      const citizen = people[next % people.length] as Citizen;
      next += 1;
      const form = await send(base, citizen, 'GET', suggestionFormPath(slug));
      const token = form.status === 200 ? hiddenValue(form.body, F.token) : undefined;
      if (token === undefined) errors.push(`GET form: HTTP ${form.status} ${form.body.slice(0, 200)}`);
      else tickets.push({ citizen, token });
    }
  };
  await Promise.all(Array.from({ length: PREPARE_CONCURRENCY }, worker));
  // The newest form was served just now: wait out its minimum time once, so no submission is refused as too fast.
  await sleep((SUGGESTION_FORM_LIMITS.minSecondsToSubmit + 0.5) * 1000);
  return tickets;
}

function formOf(ticket: Ticket, n: number): URLSearchParams {
  return new URLSearchParams({
    [F.summary]: `Benchmark suggestion ${n}: the bench by the pond needs repair`,
    [F.details]: 'The slats are broken on the left side and children sit there after school.',
    [F.category]: 'Parks and green spaces',
    [F.address]: `${n} Pond Lane`,
    [F.area]: 'Elm Park',
    [F.name]: '',
    [F.email]: '',
    [F.phone]: '',
    [F.token]: ticket.token,
    [F.honeypot]: '',
  });
}

function describeFailure(ticket: Ticket, answer: Answer): string {
  const retry = answer.retryAfter === undefined ? '' : ` retry-after ${answer.retryAfter}`;
  return `POST from ${ticket.citizen.address}: HTTP ${answer.status}${retry} ${answer.body.replace(/\s+/g, ' ').slice(0, 200)}`;
}

/** Submissions started every 1/rate s on schedule, whatever the answers (at most MAX_IN_FLIGHT open). */
function fixedRate(rate: number): Schedule {
  return async (tickets, until, submit) => {
    const start = performance.now();
    const open = new Set<Promise<void>>();
    for (let n = 0; n < tickets.length; n += 1) {
      const due = start + (n * 1000) / rate;
      if (due >= until) break;
      await sleep(due - performance.now());
      while (open.size >= MAX_IN_FLIGHT) await Promise.race(open);
      const sending = submit(tickets[n] as Ticket, n, due).finally(() => open.delete(sending));
      open.add(sending);
    }
    await Promise.all(open);
  };
}

/** `concurrency` loops, each sending the next ticket when its last was answered. */
function flatOut(concurrency: number): Schedule {
  return async (tickets, until, submit) => {
    let next = 0;
    const loop = async (): Promise<void> => {
      while (performance.now() < until && next < tickets.length) {
        const n = next;
        next += 1;
        await submit(tickets[n] as Ticket, n, performance.now());
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
  };
}

async function runPhase(base: URL, settings: DriverSettings, people: readonly Citizen[], count: number, schedule: Schedule): Promise<PhaseFigures> {
  const errors: string[] = [];
  const prepared = performance.now();
  const tickets = await prepare(base, settings.slug, people, count, errors);
  const prepareSeconds = (performance.now() - prepared) / 1000;
  const latenciesMs: number[] = [];
  let accepted = 0;
  let answered = 0;
  const from = performance.now() + settings.warmupSeconds * 1000;
  const until = from + settings.seconds * 1000;
  let lastEnded = from;
  let sent = 0;
  const path = suggestionFormPath(settings.slug);
  await schedule(errors.length > 0 ? [] : tickets, until, async (ticket, n, due) => {
    if (errors.length >= MAX_ERRORS) return;
    sent += 1;
    // From when it was due, not when it went out: a driver that fell behind its schedule must not hide the wait.
    const started = Math.min(due, performance.now());
    const answer = await send(base, ticket.citizen, 'POST', path, formOf(ticket, n)).catch((error: unknown) => ({ status: 0, retryAfter: undefined, body: String(error) }));
    const ended = performance.now();
    if (answer.status !== 200 || !REFERENCE.test(answer.body)) {
      errors.push(describeFailure(ticket, answer));
      return;
    }
    accepted += 1;
    if (started >= from && started < until) latenciesMs.push(ended - started);
    if (ended >= from && ended <= until) answered += 1;
    lastEnded = Math.max(lastEnded, ended);
  });
  const ranOut = sent >= tickets.length && lastEnded < until - 1000;
  return { latenciesMs, answered, accepted, errors, seconds: ranOut ? Math.max(0.001, (lastEnded - from) / 1000) : settings.seconds, ranOut, prepareSeconds };
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as DriverSettings;
  const base = new URL(settings.url);
  const sustainedCount = Math.ceil(settings.rate * (settings.warmupSeconds + settings.seconds));
  const sustainedPeople = citizens(Math.ceil(sustainedCount / settings.perAddress));
  const flatOutPeople = citizens(Math.ceil(settings.flatOutTokens / settings.perAddress), sustainedPeople.length);
  try {
    const sustained = await runPhase(base, settings, sustainedPeople, sustainedCount, fixedRate(settings.rate));
    const flat = await runPhase(base, settings, flatOutPeople, settings.flatOutTokens, flatOut(settings.concurrency));
    process.stdout.write(`${JSON.stringify({ sustained, flatOut: flat } satisfies DriverFigures)}\n`);
  } finally {
    closeCitizens([...sustainedPeople, ...flatOutPeople]);
  }
}

await main();
