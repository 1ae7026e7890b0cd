/**
 * The pre-handler of every authenticated route: finds the session from the bearer token (desktop app) or the
 * HttpOnly session cookie (browser build), and sets request.staff from the database. A missing, unknown,
 * expired or revoked token, or a disabled staff member, gets 401 with a plain message; nothing the client
 * says about itself is trusted. Each use slides the session's expiry forward (sessions.ts); a cookie is
 * renewed with it.
 */
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/db';
import { setSessionCookie } from './session-cookie';
import { lookupSession } from './sessions';
import { ROLES, type Role, type StaffSession } from './staff-session';
import { SESSION_COOKIE } from './tokens';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

function cookieToken(request: FastifyRequest): string | undefined {
  const cookies = request.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return TOKEN_PATTERN.test(token) ? token : undefined;
    }
  }
  return undefined;
}

/** The token a request carries, from `Authorization: Bearer …` or the session cookie. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
    return match?.[1];
  }
  return cookieToken(request);
}

/** Looks up the live session behind a token; undefined when there is none. */
export async function findSession(db: Db, token: string): Promise<StaffSession | undefined> {
  return (await lookupSession(db, token))?.staff;
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply.code(401).send({ error: 'unauthorized', message });
}

/** A pre-handler requiring a signed-in staff member, optionally with one of `roles`. */
export function requireStaff(db: Db, roles: readonly Role[] = ROLES): preHandlerAsyncHookHandler {
  return async function checkStaff(request, reply) {
    const token = tokenOf(request);
    if (token === undefined) return unauthorized(reply, 'Sign in to continue.');
    const found = await lookupSession(db, token);
    if (found === undefined) return unauthorized(reply, 'Your session has ended. Sign in again.');
    if (!roles.includes(found.staff.role)) {
      return reply.code(403).send({ error: 'forbidden', message: 'Your role does not allow this.' });
    }
    if (found.hasSlid && request.headers.authorization === undefined) setSessionCookie(request, reply, token);
    request.staff = found.staff;
  };
}
