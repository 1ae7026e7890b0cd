import { describe, expect, it } from 'vitest';
import { SendTimeoutError, backoffMs, classifyFailure } from '../../../server/src/escalations/failures';

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error('smtp'), fields);

describe('reading a failed delivery', () => {
  it('gives up on a 5xx answer, saying what the mail server refused', () => {
    expect(classifyFailure(smtpError({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication credentials invalid' }))).toEqual({
      isPermanent: true,
      reason: 'The mail server refused the user name or password (it said: "535 5.7.8 Authentication credentials invalid").',
    });
    expect(classifyFailure(smtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 no such user' })).isPermanent).toBe(true);
    expect(classifyFailure(smtpError({ code: 'EMESSAGE', responseCode: 554, response: '554 rejected\r\nas spam' })).reason).toBe(
      'The mail server refused the email with code 554 (it said: "554 rejected as spam").',
    );
  });

  it('gives up when STARTTLS is required and the mail server does not offer it: nothing is sent in the clear', () => {
    const failure = classifyFailure(smtpError({ code: 'ETLS', responseCode: 500, response: '500 Error: command not recognized', command: 'STARTTLS' }));
    expect(failure).toMatchObject({ isPermanent: true });
    expect(failure.reason).toMatch(/does not offer an encrypted connection \(STARTTLS\)/);
  });

  it('tries again after a 4xx answer, a refused connection, a timeout or anything unknown', () => {
    for (const error of [
      smtpError({ code: 'EMESSAGE', responseCode: 451, response: '451 later' }),
      smtpError({ code: 'ECONNECTION' }),
      smtpError({ code: 'ETIMEDOUT' }),
      smtpError({ code: 'ETLS' }),
      new SendTimeoutError(1000),
      new Error('something odd'),
      'not even an error',
    ]) {
      expect(classifyFailure(error).isPermanent).toBe(false);
    }
    expect(classifyFailure(smtpError({ code: 'ECONNECTION' })).reason).toBe('Could not connect to the mail server.');
    expect(classifyFailure(smtpError({ code: 'ESOCKET', command: 'CONN', message: 'connect ECONNREFUSED 127.0.0.1:25' })).reason).toBe(
      'Could not connect to the mail server (connection refused).',
    );
    expect(classifyFailure(smtpError({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' })).reason).toBe(
      'The mail server did not answer in time.',
    );
  });

  it('shortens a long reply from the mail server', () => {
    const reason = classifyFailure(smtpError({ responseCode: 421, response: 'x'.repeat(1000) })).reason;
    expect(reason.length).toBeLessThan(300);
  });
});

describe('backoff', () => {
  it('doubles from 30 seconds up to 30 minutes, with jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 0))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 1))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, () => 1)).toBe(30 * 60_000);
    expect(backoffMs(20, () => 0)).toBe(15 * 60_000);
  });
});
