/**
 * The suggestion form's settings, for the office's admins only (schemas: shared/api/suggestion-form.ts): GET and
 * PUT /api/admin/suggestion-form. In a scope with the auth routes' error answers ({ error, message }, 400 with
 * issues by field), so the app shows them as it shows any admin form's. The office is always the admin's own.
 */
import type { FastifyInstance } from 'fastify';
import { UpdateSuggestionFormRequestSchema, type SuggestionFormResponse } from '@shared/api/suggestion-form';
import type { Db } from '../db/db';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { readFormSettings, saveFormSettings } from '../public-form/settings';
import { parseInput, useAuthErrors } from './auth/http';

/** Registers the admin routes of the suggestion form in a scope of their own. */
export function suggestionFormAdminRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    useAuthErrors(scope);
    const admin = { preHandler: requireStaff(db, ['admin']) };

    scope.get('/api/admin/suggestion-form', admin, async (request): Promise<SuggestionFormResponse> => ({
      settings: await readFormSettings(db, staffOf(request).officeId),
    }));

    scope.put('/api/admin/suggestion-form', admin, async (request): Promise<SuggestionFormResponse> => {
      const update = parseInput(UpdateSuggestionFormRequestSchema, request.body);
      const me = staffOf(request);
      return { settings: await saveFormSettings(db, me.officeId, me.staffId, update) };
    });
  });
}
