/**
 * The admin screen's routes (role admin only, always within the admin's own office): staff, and devices
 * signed in. Office scoping is done by the services with request.staff.officeId; ids in the URL only ever
 * pick within it. Schemas: shared/api/admin.ts.
 */
import type { FastifyInstance } from 'fastify';
import {
  AddStaffRequestSchema,
  IdParamsSchema,
  ResetPasswordRequestSchema,
  UpdateStaffRequestSchema,
} from '../../../../shared/api/admin';
import type { DeviceSessionListResponse, StaffListResponse } from '../../../../shared/api/admin';
import type { Db } from '../../db/db';
import { listDeviceSessions, revokeOfficeSession } from '../../auth/device-sessions';
import { requireStaff } from '../../auth/require-staff';
import { addStaff, listStaff, resetPassword, updateStaff } from '../../auth/staff-admin';
import { staffOf } from '../../auth/staff-session';
import { parseInput } from './http';

/** Registers the admin routes. */
export function adminRoutes(app: FastifyInstance, db: Db): void {
  const admin = { preHandler: requireStaff(db, ['admin']) };

  app.get('/api/admin/staff', admin, async (request): Promise<StaffListResponse> => ({
    staff: await listStaff(db, staffOf(request).officeId),
  }));

  app.post('/api/admin/staff', admin, async (request, reply) => {
    const input = parseInput(AddStaffRequestSchema, request.body);
    const staff = await addStaff(db, staffOf(request).officeId, input);
    return reply.code(201).send({ staff });
  });

  app.patch('/api/admin/staff/:id', admin, async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const changes = parseInput(UpdateStaffRequestSchema, request.body);
    return { staff: await updateStaff(db, staffOf(request).officeId, id, changes) };
  });

  app.post('/api/admin/staff/:id/password', admin, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { password } = parseInput(ResetPasswordRequestSchema, request.body);
    const me = staffOf(request);
    await resetPassword(db, me.officeId, id, password, id === me.staffId ? me.sessionId : undefined);
    return reply.code(204).send();
  });

  app.get('/api/admin/sessions', admin, async (request): Promise<DeviceSessionListResponse> => {
    const me = staffOf(request);
    return { sessions: await listDeviceSessions(db, me.officeId, me.sessionId) };
  });

  app.delete('/api/admin/sessions/:id', admin, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    await revokeOfficeSession(db, staffOf(request).officeId, id);
    return reply.code(204).send();
  });
}
