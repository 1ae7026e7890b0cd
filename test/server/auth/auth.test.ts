/**
 * The auth suites (*.suite.ts beside this file) run from this one test file so they share one throw-away
 * PostgreSQL cluster: describeEachDatabase starts a cluster per test file, which costs seconds each.
 * Each suite still runs on PGlite and on PostgreSQL, with a fresh migrated database per test.
 */
import './setup.suite';
import './sessions.suite';
import './rate-limit.suite';
import './admin.suite';
import './fuzz.suite';
import './cli.suite';
