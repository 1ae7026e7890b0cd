/**
 * The priority lane's server tests (server/src/escalations, issue 4), every suite on PGlite and on PostgreSQL,
 * from this one file so they share one throw-away PostgreSQL cluster. Delivery runs against a real SMTP server
 * process (test/helpers/smtp-sink.ts). Run one suite with `-t`, e.g. `-t "delivering escalations"`.
 */
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { acknowledgementSuite } from './acknowledgements.suite';
import { deliverySuite } from './delivery.suite';
import { queueSuite } from './queue.suite';
import { resendSuite } from './resend.suite';
import { testEmailSuite } from './test-email.suite';
import './settings.suite';

useFastPasswords();

describeEachDatabase('priority lane', (getDb, target) => {
  queueSuite(getDb);
  deliverySuite(getDb, target);
  acknowledgementSuite(getDb, target);
  resendSuite(getDb);
  testEmailSuite(getDb);
});
