/**
 * The newsletter's server tests (server/src/newsletter, issue 7), every suite on PGlite and on PostgreSQL, from
 * this one file so they share one throw-away PostgreSQL cluster. Delivery runs against a real SMTP server process
 * (test/helpers/smtp-sink.ts). Run one suite with `-t`, e.g. `-t "unsubscribing"`.
 */
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { sendSuite } from './send.suite';
import { unsubscribeSuite } from './unsubscribe.suite';

useFastPasswords();

describeEachDatabase('newsletter', (getDb, target) => {
  sendSuite(getDb, target);
  unsubscribeSuite(getDb);
});
