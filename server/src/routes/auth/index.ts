/**
 * Everything about signing in and staff accounts, registered in one Fastify scope so these routes share
 * their error handler and body limit without changing the rest of the app's.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/db';
import { escalationRoutes } from '../escalations';
import { officeProfileRoutes } from '../office-profile';
import { officeSettingsRoutes } from '../office-settings';
import { adminRoutes } from './admin';
import { useAuthErrors } from './http';
import { sessionRoutes } from './sessions';
import { setupRoutes } from './setup';

/** Registers the setup, session, me and admin routes (the office settings are admin routes too) and the escalation routes. */
export function authRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    useAuthErrors(scope);
    setupRoutes(scope, db);
    sessionRoutes(scope, db);
    adminRoutes(scope, db);
    officeSettingsRoutes(scope, db);
    escalationRoutes(scope, db);
    officeProfileRoutes(scope, db);
  });
}
