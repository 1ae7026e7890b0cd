/**
 * The office connection for React: made once at start-up (main.tsx, outside StrictMode's double effects) and
 * provided at the root; components read its state with the hooks below.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncStatus } from '../sync/status';
import type { ConnectionState, OfficeConnection } from './connection';

const OfficeContext = createContext<OfficeConnection | undefined>(undefined);

/** Provides the desk's office connection. */
export function OfficeProvider({ connection, children }: { connection: OfficeConnection; children: ReactNode }): ReactNode {
  return <OfficeContext.Provider value={connection}>{children}</OfficeContext.Provider>;
}

/** The desk's office connection. */
export function useOffice(): OfficeConnection {
  const connection = useContext(OfficeContext);
  if (connection === undefined) throw new Error('useOffice() must be used inside <OfficeProvider>');
  return connection;
}

/** Where the desk stands with its office server, re-rendering on change. */
export function useConnectionState(): ConnectionState {
  const { state } = useOffice();
  return useSyncExternalStore(state.subscribe, state.get);
}

/** The sync engine's status, re-rendering on change. */
export function useSyncStatus(): SyncStatus {
  const { sync } = useOffice();
  return useSyncExternalStore(sync.subscribe, sync.get);
}
