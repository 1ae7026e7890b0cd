/**
 * The public page's settings, for the office's admins only (schemas: shared/api/public-page.ts): GET and PUT
 * /api/admin/public-page, PUT and DELETE /api/admin/public-page/logo. In a scope with the auth routes' error
 * answers ({ error, message }, 400 with issues by field), so the app shows them as it shows any admin form's.
 * The office is always the admin's own, from the session.
 *
 * The logo arrives as the image's bytes (any Content-Type: the bytes decide, public/logo.ts); an upload over
 * 256 KB, an SVG or anything that is not a PNG, JPEG or WebP is refused with a sentence saying which, and the
 * logo already saved stays.
 */
import type { FastifyInstance } from 'fastify';
import { PUBLIC_PAGE_LIMITS, UpdatePublicPageRequestSchema, type PublicPageResponse } from '@shared/api/public-page';
import type { Db } from '../db/db';
import { AuthError } from '../auth/errors';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { logoProblem, sniffLogoType } from '../public/logo';
import { ensurePublicPage, saveLogo, savePublicPage, toSettings } from '../public/settings';
import { parseInput, useAuthErrors } from './auth/http';

/** Bytes read of an upload before refusing it: past the limit, so "at most 256 KB" can be said in plain words. */
const LOGO_BODY_LIMIT = 4 * PUBLIC_PAGE_LIMITS.logoBytes;

function logoRoutes(scope: FastifyInstance, db: Db): void {
  const admin = { preHandler: requireStaff(db, ['admin']) };
  // Any declared type: what the bytes are decides, so a PNG sent as application/octet-stream is fine and an SVG
  // sent as image/png is not.
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LOGO_BODY_LIMIT }, (_request, body, done) => done(null, body));

  scope.put('/api/admin/public-page/logo', { ...admin, bodyLimit: LOGO_BODY_LIMIT }, async (request): Promise<PublicPageResponse> => {
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const problem = logoProblem(bytes);
    const type = sniffLogoType(bytes);
    if (problem !== undefined || type === undefined) {
      throw new AuthError(bytes.length > PUBLIC_PAGE_LIMITS.logoBytes ? 413 : 400, 'invalid-logo', problem ?? 'Choose a PNG, JPEG or WebP image.');
    }
    const me = staffOf(request);
    return { settings: toSettings(await saveLogo(db, me.officeId, me.staffId, { bytes, type })) };
  });
}

/** Registers the admin routes of the public page in a scope of their own. */
export function publicPageAdminRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    useAuthErrors(scope);
    const admin = { preHandler: requireStaff(db, ['admin']) };

    scope.get('/api/admin/public-page', admin, async (request): Promise<PublicPageResponse> => ({
      settings: toSettings(await ensurePublicPage(db, staffOf(request).officeId)),
    }));

    scope.put('/api/admin/public-page', admin, async (request): Promise<PublicPageResponse> => {
      const update = parseInput(UpdatePublicPageRequestSchema, request.body);
      const me = staffOf(request);
      return { settings: toSettings(await savePublicPage(db, me.officeId, me.staffId, update)) };
    });

    scope.delete('/api/admin/public-page/logo', admin, async (request): Promise<PublicPageResponse> => {
      const me = staffOf(request);
      return { settings: toSettings(await saveLogo(db, me.officeId, me.staffId, null)) };
    });

    scope.register(async (logoScope) => logoRoutes(logoScope, db));
  });
}
