/**
 * Who is making a request, as the server established it from the session token: never from anything the
 * client claims. The auth plugin sets `request.staff` on authenticated routes; routes and services read it to
 * scope every query to the staff member's office and to check their role.
 */
import type { FastifyRequest } from 'fastify';
import { ROLES, type Role } from '../../../shared/api/staff';

// The roles are part of the API (shared/api/staff.ts); re-exported so server code keeps importing them from here.
export { ROLES };
export type { Role };

/** The authenticated staff member behind a request. */
export interface StaffSession {
  readonly sessionId: string;
  readonly staffId: string;
  readonly officeId: string;
  readonly role: Role;
  readonly displayName: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin's `requireStaff` pre-handler; undefined on public routes. */
    staff?: StaffSession;
  }
}

/** The request's staff session; throws when a route forgot to require authentication (a programming error). */
export function staffOf(request: FastifyRequest): StaffSession {
  if (request.staff === undefined) throw new Error('Route reads request.staff without requireStaff');
  return request.staff;
}
