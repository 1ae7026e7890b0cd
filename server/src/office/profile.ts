/**
 * The office profile (shared/domain/office-profile.ts): one synced row per office in office_profile (migration
 * 005), which every desk receives through pull. The server builds it from what admins save here (response
 * policy, priority phone, offline wait), the priority addresses of the office settings and the office's name,
 * and writes it again whenever one of those changes, so desks always hold the current copy.
 */
import type { OfficeProfileUpdate, ReplySettingsUpdate } from '@shared/api/office-profile';
import { OFFICE_PROFILE_ID, OfficeProfileSchema, defaultOfficeProfile, type OfficeProfile } from '@shared/domain/office-profile';
import type { Queryable, Tx } from '../db/db';
import { readOfficeSettings } from '../escalations/office-settings';
import { createSqlStore } from '../sync/sql-store';
import { pokeOffice } from '../sync/pokes';

/** The server's own time zone: the response policy's until an admin sets the office's. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

async function officeName(q: Queryable, officeId: string): Promise<string> {
  const { rows } = await q.query<{ name: string }>('select name from offices where id = $1', [officeId]);
  return rows[0]?.name ?? '';
}

/** The office's profile as stored, or the default one (server's time zone, nothing saved) when there is none. */
export async function readOfficeProfile(q: Queryable, officeId: string): Promise<OfficeProfile> {
  const stored = await createSqlStore(q, officeId).get('office_profile', OFFICE_PROFILE_ID);
  // Parsed, so a row stored before the reply templates existed reads with the default ones.
  if (stored !== undefined) return OfficeProfileSchema.parse(stored);
  const settings = await readOfficeSettings(q, officeId);
  return { ...defaultOfficeProfile(serverTimeZone(), await officeName(q, officeId)), priorityAddresses: [...(settings?.priorityAddresses ?? [])] };
}

/**
 * Writes the office's profile row: the given changes over what is stored (or the default), with the current
 * priority addresses and office name, stamped now. Only an update of the response times marks them as set
 * (the replies' update leaves that as it was). Desks are poked when the transaction commits.
 */
export async function writeOfficeProfile(tx: Tx, officeId: string, update?: OfficeProfileUpdate | ReplySettingsUpdate): Promise<OfficeProfile> {
  const current = await readOfficeProfile(tx, officeId);
  const settings = await readOfficeSettings(tx, officeId);
  const { rows } = await tx.query<{ now: Date }>('select now() as now');
  const profile = OfficeProfileSchema.parse({
    ...current,
    ...(update ?? {}),
    hasResponsePolicy: (update !== undefined && 'responsePolicy' in update) || current.hasResponsePolicy,
    officeName: await officeName(tx, officeId),
    priorityAddresses: [...(settings?.priorityAddresses ?? [])],
    updatedAt: (rows[0]?.now ?? new Date()).toISOString(),
  });
  await createSqlStore(tx, officeId).put('office_profile', profile);
  await pokeOffice(tx, officeId);
  return profile;
}
