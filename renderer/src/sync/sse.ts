/**
 * Listening for the server's pokes (server-sent events named "poke"; any plain message counts too). With a
 * cookie session the browser's EventSource does it, reconnecting by itself. EventSource cannot send an
 * Authorization header, so with a token the stream is read with fetch and reconnected here after a pause.
 * Pokes only say "pull now": a missed one costs a little delay (the engine also pulls on a timer), never data.
 */

/** What listenForPokes needs. */
export interface PokeSourceOptions {
  readonly url: string;
  readonly token: string | undefined;
  readonly fetch: typeof fetch;
  readonly EventSource: (new (url: string, init?: EventSourceInit) => Pick<EventSource, 'addEventListener' | 'close'>) | undefined;
  readonly onPoke: () => void;
  /** Milliseconds before reconnecting a dropped stream (token sessions). */
  readonly retryMs?: number;
}

/** Feeds text of an event stream; calls onEvent(name) at the end of each event. Returns the feeder. */
export function eventStreamParser(onEvent: (name: string) => void): (chunk: string) => void {
  let buffer = '';
  let name = '';
  let hasFields = false;
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (hasFields) onEvent(name === '' ? 'message' : name);
        name = '';
        hasFields = false;
      } else if (!line.startsWith(':')) {
        hasFields = true;
        if (line.startsWith('event:')) name = line.slice(6).trim();
      }
    }
  };
}

const isPoke = (name: string) => name === 'poke' || name === 'message';

/** Starts listening; returns the function that stops. Never throws. */
export function listenForPokes(options: PokeSourceOptions): () => void {
  const Source = options.EventSource ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  if (options.token === undefined && Source !== undefined) {
    const source = new Source(options.url, { withCredentials: true });
    source.addEventListener('poke', () => options.onPoke());
    source.addEventListener('message', () => options.onPoke());
    return () => source.close();
  }
  let stopped = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    controller = new AbortController();
    try {
      const response = await options.fetch(options.url, {
        headers: { accept: 'text/event-stream', ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }) },
        credentials: options.token === undefined ? 'include' : 'omit',
        signal: controller.signal,
      });
      if (response.ok && response.body !== null) {
        const feed = eventStreamParser((name) => (isPoke(name) ? options.onPoke() : undefined));
        const decoder = new TextDecoder();
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          feed(decoder.decode(value, { stream: true }));
        }
      }
    } catch {
      // Dropped or refused: reconnect below; the engine's timer covers the pause.
    }
    if (!stopped) timer = setTimeout(() => void connect(), options.retryMs ?? 5000);
  };
  void connect();
  return () => {
    stopped = true;
    controller?.abort();
    if (timer !== undefined) clearTimeout(timer);
  };
}
