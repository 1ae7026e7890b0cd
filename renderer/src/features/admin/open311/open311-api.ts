/**
 * What the Open311 tab asks the office server (shared/api/open311.ts). The office API client
 * (renderer/src/office/office-api.ts) implements it.
 */
import type { Open311Key, Open311Settings, UpdateOpen311Request } from '@shared/api/open311';

/** The Open311 calls of the office API (admins). */
export interface Open311AdminApi {
  getOpen311(): Promise<Open311Settings>;
  saveOpen311(input: UpdateOpen311Request): Promise<Open311Settings>;
  /** Makes a key for an integration; the secret comes back this once. */
  createOpen311Key(name: string): Promise<{ key: Open311Key; secret: string }>;
  revokeOpen311Key(id: string): Promise<Open311Key>;
}
