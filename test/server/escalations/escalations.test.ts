/**
 * The priority lane's server tests (server/src/escalations, issue 4), every suite on PGlite and on PostgreSQL,
 * from this one file so they share one throw-away PostgreSQL cluster. Run one suite with `-t`.
 */
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { queueSuite } from './queue.suite';
import './settings.suite';

useFastPasswords();

describeEachDatabase('priority lane', (getDb) => {
  queueSuite(getDb);
});
