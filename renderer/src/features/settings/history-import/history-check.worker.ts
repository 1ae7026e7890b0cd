/**
 * The history import's Web Worker: reads and checks the chosen file off the interface's thread, so a file of
 * 50,000 rows never freezes the window, and reports progress as it goes (check-client.ts has the protocol).
 */
import type { CheckMessage, CheckRequest } from './check-client';
import { checkHistoryFile } from './check-history';

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const post = (message: CheckMessage) => self.postMessage(message);
  checkHistoryFile(event.data.file, event.data.source, (fraction) => post({ type: 'progress', fraction })).then(
    (check) => post({ type: 'checked', check }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
