/**
 * The office settings of the priority lane, for admins of the office only: GET and PUT
 * /api/admin/office-settings (schemas: shared/api/office-settings.ts), and POST /api/admin/office-settings/test,
 * which sends a test message through the saved mail server at once (shared/api/escalations.ts). Registered in the auth routes' scope, so
 * bad input, a missing session or another role get the same `{ error, message }` answers as the other admin
 * routes. The office is always the admin's own, from the session; the password never leaves the server.
 */
import type { FastifyInstance } from 'fastify';
import { UpdateOfficeSettingsRequestSchema } from '@shared/api/office-settings';
import type { OfficeSettingsResponse } from '@shared/api/office-settings';
import { TestEmailRequestSchema, type TestEmailResponse } from '@shared/api/escalations';
import type { Db } from '../db/db';
import { AuthError } from '../auth/errors';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { readOfficeSettings, saveOfficeSettings, toPublicSettings } from '../escalations/office-settings';
import { sendTestEmail } from '../escalations/test-email';
import { writeOfficeProfile } from '../office/profile';
import { parseInput } from './auth/http';

/** Registers the office settings routes (inside the auth routes' scope: see routes/auth/index.ts). */
export function officeSettingsRoutes(app: FastifyInstance, db: Db): void {
  const admin = { preHandler: requireStaff(db, ['admin']) };

  app.get('/api/admin/office-settings', admin, async (request): Promise<OfficeSettingsResponse> => ({
    settings: toPublicSettings(await readOfficeSettings(db, staffOf(request).officeId)),
  }));

  app.put('/api/admin/office-settings', admin, async (request): Promise<OfficeSettingsResponse> => {
    const update = parseInput(UpdateOfficeSettingsRequestSchema, request.body);
    const me = staffOf(request);
    // The profile desks receive carries the priority addresses (for a desk's own mail program when offline).
    const saved = await db.transaction(async (tx) => {
      const stored = await saveOfficeSettings(tx, me.officeId, me.staffId, update);
      await writeOfficeProfile(tx, me.officeId);
      return stored;
    });
    return { settings: toPublicSettings(saved) };
  });

  app.post('/api/admin/office-settings/test', admin, async (request): Promise<TestEmailResponse> => {
    const { to } = parseInput(TestEmailRequestSchema, request.body ?? {});
    const outcome = await sendTestEmail(db, staffOf(request).officeId, to);
    if (outcome.status === 'not-configured') {
      throw new AuthError(409, 'not-configured', 'Save the mail server settings first, then send a test message.');
    }
    // 502: the server is fine, the mail server it relies on is not. The reason is for the admin to act on.
    if (outcome.status === 'failed') throw new AuthError(502, 'smtp-failed', outcome.reason);
    return { sentTo: outcome.sentTo };
  });
}
