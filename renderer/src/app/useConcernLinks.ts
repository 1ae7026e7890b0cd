/**
 * Links to a concern: `#/concern/<id>` in the address (the reference in a priority email opens the web app
 * there) and clicks on a notification about one (the platform's onOpenConcern). The concern opens in the form
 * as soon as this desk has it: if it has not arrived yet, each change of the sync status tries again, for a
 * minute.
 */
import { useEffect } from 'react';
import type { Concern } from '@shared/domain/concern';
import { getConcern, type NotebookDb } from '../db';
import type { Platform } from '../platform/platform';
import type { OfficeConnection } from '../office/connection';

const LINK = /^#\/concern\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const WAIT_MS = 60_000;

/** The concern id a location hash links to, if any. */
export function concernIdOfHash(hash: string): string | undefined {
  return LINK.exec(hash)?.[1]?.toLowerCase();
}

/** Opens linked concerns with `open`. */
export function useConcernLinks(db: NotebookDb, platform: Platform, office: OfficeConnection, open: (concern: Concern) => void): void {
  useEffect(() => {
    let stopWaiting: (() => void) | undefined;
    const openWhenHere = (id: string) => {
      stopWaiting?.();
      const attempt = async (): Promise<boolean> => {
        const concern = await getConcern(db, id);
        if (concern === undefined) return false;
        stopWaiting?.();
        open(concern);
        return true;
      };
      void attempt().then((found) => {
        if (found) return;
        const unsubscribe = office.sync.subscribe(() => void attempt());
        const timer = setTimeout(() => stopWaiting?.(), WAIT_MS);
        stopWaiting = () => {
          unsubscribe();
          clearTimeout(timer);
          stopWaiting = undefined;
        };
      });
    };
    const fromHash = () => {
      const id = concernIdOfHash(window.location.hash);
      if (id === undefined) return;
      // The link has done its work; a reload should not open the form again.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      openWhenHere(id);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    const stopNotifications = platform.onOpenConcern(openWhenHere);
    return () => {
      window.removeEventListener('hashchange', fromHash);
      stopNotifications();
      stopWaiting?.();
    };
  }, [db, platform, office, open]);
}
