/**
 * Open311's settings, for the office's admins only (schemas: shared/api/open311.ts): GET and PUT
 * /api/admin/open311 (on or off, the services), POST /api/admin/open311/keys (a new key, shown once) and DELETE
 * /api/admin/open311/keys/<id> (revoke). In a scope with the auth routes' error answers ({ error, message }, 400
 * with issues by field), as the other admin forms. The office is always the admin's own, from the session.
 */
import type { FastifyInstance } from 'fastify';
import {
  CreateOpen311KeyRequestSchema,
  open311DiscoveryPath,
  open311EndpointPath,
  UpdateOpen311RequestSchema,
  type Open311Settings,
} from '@shared/api/open311';
import type { Db } from '../db/db';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { createKey, listKeys, revokeKey } from '../open311/keys';
import { ensureOpen311, readServices, saveOpen311 } from '../open311/settings';
import { parseInput, useAuthErrors } from './auth/http';

async function settingsOf(db: Db, officeId: string): Promise<Open311Settings> {
  const { isEnabled, slug } = await ensureOpen311(db, officeId);
  return {
    isEnabled,
    slug,
    endpointPath: open311EndpointPath(slug),
    discoveryPath: open311DiscoveryPath(slug),
    services: await readServices(db, officeId),
    keys: await listKeys(db, officeId),
  };
}

/** Registers the admin routes of Open311 in a scope of their own. */
export function open311AdminRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    useAuthErrors(scope);
    const admin = { preHandler: requireStaff(db, ['admin']) };

    scope.get('/api/admin/open311', admin, async (request) => ({ settings: await settingsOf(db, staffOf(request).officeId) }));

    scope.put('/api/admin/open311', admin, async (request) => {
      const update = parseInput(UpdateOpen311RequestSchema, request.body);
      const me = staffOf(request);
      await saveOpen311(db, me.officeId, me.staffId, update);
      return { settings: await settingsOf(db, me.officeId) };
    });

    scope.post('/api/admin/open311/keys', admin, async (request, reply) => {
      const { name } = parseInput(CreateOpen311KeyRequestSchema, request.body);
      const me = staffOf(request);
      await ensureOpen311(db, me.officeId);
      return reply.code(201).send(await createKey(db, me.officeId, me.staffId, name));
    });

    scope.delete<{ Params: { id: string } }>('/api/admin/open311/keys/:id', admin, async (request) => {
      const me = staffOf(request);
      return { key: await revokeKey(db, me.officeId, me.staffId, request.params.id) };
    });
  });
}
