/**
 * The sync server's tests (server/src/sync), every suite on PGlite and on PostgreSQL. They run from this one
 * file so they share one PGlite and one throw-away PostgreSQL cluster: starting those is most of a server
 * test file's time. Each suite lives in its own module; run one with `-t`, e.g. `-t "POST /api/sync/pull"`.
 */
import { describeEachDatabase } from '../../helpers/databases';
import { eventsSuite } from './events.suite';
import { hostileSuite } from './hostile.suite';
import { importSuite } from './import.suite';
import { isolationSuite } from './isolation.suite';
import { meetingSuite } from './meeting.suite';
import { newsletterSuite } from './newsletter.suite';
import { modelSuite } from './model.suite';
import { permissionsSuite } from './permissions.suite';
import { projectsSuite } from './projects.suite';
import { pullSuite } from './pull.suite';
import { pushSuite } from './push.suite';
import { thanksSuite } from './thanks.suite';

describeEachDatabase('sync', (getDb, target) => {
  pushSuite(getDb, target);
  pullSuite(getDb, target);
  isolationSuite(getDb);
  hostileSuite(getDb);
  eventsSuite(getDb, target);
  modelSuite(getDb);
  permissionsSuite(getDb);
  meetingSuite(getDb);
  newsletterSuite(getDb);
  projectsSuite(getDb);
  thanksSuite(getDb);
  importSuite(getDb);
});
