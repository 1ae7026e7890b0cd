/**
 * The desk: the local database, its settings and the platform bridge, provided once at the root so features
 * read them with useDesk() instead of importing singletons (tests render features with their own desk).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DeskSettings } from '@shared/domain/settings';
import { saveSettings as persistSettings, type NotebookDb } from '../db';
import type { Platform } from '../platform/platform';
import { OfficeProfileProvider } from './office-profile';

/** What every feature may use of the desk. */
export interface Desk {
  readonly db: NotebookDb;
  readonly platform: Platform;
  readonly settings: DeskSettings;
  /** Validates and saves new settings; rejects with the schema's error and keeps the old ones when invalid. */
  saveSettings(settings: DeskSettings): Promise<void>;
}

const DeskContext = createContext<Desk | undefined>(undefined);

/** Provides the desk to the app; `initialSettings` are the settings loaded before the first render. */
export function DeskProvider(props: {
  db: NotebookDb;
  platform: Platform;
  initialSettings: DeskSettings;
  children: ReactNode;
}): ReactNode {
  const { db, platform, initialSettings, children } = props;
  const [settings, setSettings] = useState(initialSettings);
  const saveSettings = useCallback(
    async (next: DeskSettings) => {
      setSettings(await persistSettings(db, next));
    },
    [db],
  );
  const desk = useMemo(() => ({ db, platform, settings, saveSettings }), [db, platform, settings, saveSettings]);
  return (
    <DeskContext.Provider value={desk}>
      <OfficeProfileProvider db={db}>{children}</OfficeProfileProvider>
    </DeskContext.Provider>
  );
}

/** The desk this component runs at. */
export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (desk === undefined) throw new Error('useDesk() must be used inside <DeskProvider>');
  return desk;
}
