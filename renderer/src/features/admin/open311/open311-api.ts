/**
 * What the Open311 tab asks the office server (shared/api/open311.ts). The office API client implements it
 * once its methods are added (renderer/src/office/office-api.ts); until then the tab is not shown.
 */
import type { Open311Key, Open311Settings, UpdateOpen311Request } from '@shared/api/open311';
import type { OfficeApi } from '../../../office/office-api';

/** The Open311 calls of the office API (admins). */
export interface Open311AdminApi {
  getOpen311(): Promise<Open311Settings>;
  saveOpen311(input: UpdateOpen311Request): Promise<Open311Settings>;
  /** Makes a key for an integration; the secret comes back this once. */
  createOpen311Key(name: string): Promise<{ key: Open311Key; secret: string }>;
  revokeOpen311Key(id: string): Promise<Open311Key>;
}

/** True when this office API client has the Open311 calls. */
export function hasOpen311Api(api: OfficeApi): api is OfficeApi & Open311AdminApi {
  const calls = api as Partial<Open311AdminApi>;
  return typeof calls.getOpen311 === 'function' && typeof calls.saveOpen311 === 'function' && typeof calls.createOpen311Key === 'function' && typeof calls.revokeOpen311Key === 'function';
}
