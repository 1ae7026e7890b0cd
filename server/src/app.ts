/**
 * The office server as a Fastify instance that does not listen, so tests drive it with app.inject() and
 * server.ts decides where it listens. It is given an open, migrated Db and never closes it: whoever opened it
 * (server.ts, a test) closes it after the app, so requests in flight finish with their database.
 */
import { fastify } from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Db } from './db/db';
import { addErrorHandler } from './plugins/error-handler';
import { addSecurityHeaders } from './plugins/security-headers';
import { serveWebApp } from './plugins/web-app';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { newsletterRoutes } from './routes/newsletter';
import { newsletterUnsubscribeRoutes } from './routes/newsletter-unsubscribe';
import { open311Routes } from './routes/open311';
import { publicPageRoutes } from './routes/public-page';
import { readyRoutes } from './routes/ready';
import { suggestionFormRoutes } from './routes/suggestion-form';
import { syncRoutes } from './sync/routes';
import type { TrustProxy } from './env';

/** How to build the app. */
export interface AppOptions {
  /** The database every route uses. */
  readonly db: Db;
  /** Folder of the built web app to serve at '/'; without it the server only answers its API. */
  readonly webRoot?: string;
  /** Request logging (pino, JSON lines on stdout). Off by default so tests stay quiet. */
  readonly logger?: boolean;
  /** Which proxies' X-Forwarded-For gives request.ip (env.ts's TRUST_PROXY); none by default. */
  readonly trustProxy?: TrustProxy;
}

/** Builds the server without listening. */
export function buildApp(options: AppOptions): FastifyInstance {
  // Typed apart: a union trustProxy in the literal steers fastify()'s overloads to its HTTP/2 variant.
  const settings: FastifyServerOptions = { logger: options.logger ?? false, trustProxy: options.trustProxy ?? false };
  const app = fastify(settings);
  addSecurityHeaders(app);
  addErrorHandler(app);
  healthRoutes(app);
  readyRoutes(app, options.db);
  authRoutes(app, options.db);
  syncRoutes(app, options.db);
  publicPageRoutes(app, options.db);
  suggestionFormRoutes(app, options.db);
  newsletterRoutes(app, options.db);
  newsletterUnsubscribeRoutes(app, options.db);
  open311Routes(app, options.db);
  if (options.webRoot === undefined) {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found' }));
  } else {
    serveWebApp(app, options.webRoot);
  }
  return app;
}
