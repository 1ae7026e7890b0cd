/**
 * The office profile, for admins of the office only: GET and PUT /api/admin/office-profile (schemas:
 * shared/api/office-profile.ts). Saving writes the synced profile row, so every desk of the office takes the new
 * response policy at its next pull (within a second when connected: the office is poked). PUT
 * /api/admin/office-profile/replies saves the reply templates and the response policy for comments alone.
 */
import type { FastifyInstance } from 'fastify';
import { UpdateOfficeProfileRequestSchema, UpdateReplySettingsRequestSchema, type OfficeProfileResponse } from '@shared/api/office-profile';
import type { Db } from '../db/db';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { readOfficeProfile, writeOfficeProfile } from '../office/profile';
import { parseInput } from './auth/http';

/** Largest body of the replies route, in bytes. */
export const REPLIES_BODY_LIMIT = 512 * 1024;

/** Registers the office profile routes (inside the auth routes' scope: see routes/auth/index.ts). */
export function officeProfileRoutes(app: FastifyInstance, db: Db): void {
  const admin = { preHandler: requireStaff(db, ['admin']) };

  app.get('/api/admin/office-profile', admin, async (request): Promise<OfficeProfileResponse> => ({
    profile: await readOfficeProfile(db, staffOf(request).officeId),
  }));

  app.put('/api/admin/office-profile', admin, async (request): Promise<OfficeProfileResponse> => {
    const update = parseInput(UpdateOfficeProfileRequestSchema, request.body);
    const { officeId } = staffOf(request);
    return { profile: await db.transaction((tx) => writeOfficeProfile(tx, officeId, update)) };
  });

  // Room for every template at its longest in any script (REPLY_LIMITS: 40 × 3,000 characters, up to 4 bytes each).
  app.put('/api/admin/office-profile/replies', { ...admin, bodyLimit: REPLIES_BODY_LIMIT }, async (request): Promise<OfficeProfileResponse> => {
    const update = parseInput(UpdateReplySettingsRequestSchema, request.body);
    const { officeId } = staffOf(request);
    return { profile: await db.transaction((tx) => writeOfficeProfile(tx, officeId, update)) };
  });
}
