/**
 * The office profile for every component (response clocks, the offline fallback): the synced row once this desk
 * has it, live, so an admin's new hours or targets show on every clock within a second of the pull; before
 * that (and while no admin has set the response times), the standard policy in this desk's own time zone.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultOfficeProfile, effectiveResponsePolicy, type OfficeProfile } from '@shared/domain/office-profile';
import { readOfficeProfile, readOfficeRecord, useLiveQuery, type NotebookDb } from '../db';

let deskDefault: OfficeProfile | undefined;

/** The standard profile in this desk's time zone, made once (clocks memoise open spans per policy object). */
export function deskDefaultProfile(): OfficeProfile {
  deskDefault ??= defaultOfficeProfile(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return deskDefault;
}

const OfficeProfileContext = createContext<OfficeProfile | undefined>(undefined);

/** Provides the office profile read live from the desk's database. */
export function OfficeProfileProvider({ db, children }: { db: NotebookDb; children: ReactNode }): ReactNode {
  const stored = useLiveQuery(() => readOfficeProfile(db), [db]);
  // The server writes the profile row only once an admin saves a setting; until then the office's name (which
  // the newsletter, thank-you letters and replies sign with) is the one the desk learnt when it signed in.
  const signedInOffice = useLiveQuery(async () => (await readOfficeRecord(db))?.officeName ?? '', [db]);
  // Until an admin sets the office's response times, the desk counts in its own zone, not the server's.
  const profile = useMemo(() => {
    const base = stored === undefined ? deskDefaultProfile() : { ...stored, responsePolicy: effectiveResponsePolicy(stored, deskDefaultProfile().responsePolicy) };
    return base.officeName === '' && signedInOffice !== undefined && signedInOffice !== '' ? { ...base, officeName: signedInOffice } : base;
  }, [stored, signedInOffice]);
  return <OfficeProfileContext.Provider value={profile}>{children}</OfficeProfileContext.Provider>;
}

/** The office profile (the desk's default outside a provider, as in component tests). */
export function useOfficeProfile(): OfficeProfile {
  return useContext(OfficeProfileContext) ?? deskDefaultProfile();
}
