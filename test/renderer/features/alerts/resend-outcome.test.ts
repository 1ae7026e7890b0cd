/** A refused resend: "someone already resent it" is news, not an error; anything else is said in the server's words. */
import { describe, expect, it } from 'vitest';
import { resendRefusal } from '../../../../renderer/src/features/alerts/resend-outcome';
import { OfficeApiError } from '../../../../renderer/src/office/office-api';

describe('a refused resend', () => {
  it('says someone already resent it when the server answers 409 not-failed', () => {
    expect(resendRefusal(new OfficeApiError('It is not failed.', 409, 'not-failed'))).toEqual({
      kind: 'already',
      text: 'Someone has already sent this priority email again; its new state shows here in a moment.',
    });
  });

  it('passes on the server’s own words for any other refusal, and the client’s when unreachable', () => {
    expect(resendRefusal(new OfficeApiError('No such priority email in your office.', 404, 'not-found'))).toEqual({
      kind: 'error',
      text: 'Not sent again: No such priority email in your office.',
    });
    expect(resendRefusal(new OfficeApiError('The office server at http://x cannot be reached.', 0, 'offline')).text).toBe(
      'Not sent again: The office server at http://x cannot be reached.',
    );
    expect(resendRefusal('weird').text).toBe('Not sent again: something went wrong in the app. Try again.');
  });
});
