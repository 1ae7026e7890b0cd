/**
 * The settings tabs' forms against the real office server (in-memory PGlite on 127.0.0.1, through the app's own
 * OfficeApi client): what the forms send is what the server saves and gives back, the password stays write-only,
 * and the server's refusals land on the box they are about.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../server/src/app';
import type { Db } from '../../../../server/src/db/db';
import { openPglite } from '../../../../server/src/db/pglite';
import { apiProblem } from '../../../../renderer/src/features/admin/api-problem';
import {
  PriorityEmailFormSchema,
  priorityEmailFieldOf,
  toPriorityEmailInput,
  toSettingsRequest,
} from '../../../../renderer/src/features/admin/priority-email-form';
import {
  ResponseTimesFormSchema,
  responseTimesFieldOf,
  toProfileRequest,
  toResponseTimesInput,
} from '../../../../renderer/src/features/admin/response-times-form';
import { createOfficeApi, type OfficeApi } from '../../../../renderer/src/office/office-api';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../../helpers/databases';
import { createStaff, migrateForTests, useFastPasswords } from '../../../helpers/staff';

let db: Db;
let app: FastifyInstance;
let baseUrl: string;

useFastPasswords();

beforeAll(async () => {
  db = await openPglite();
  await migrateForTests(db);
  app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, DATABASE_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await app.close();
  await db.close();
});

/** The API as an admin of a new office has it. */
async function anAdmin(): Promise<OfficeApi> {
  const admin = await createStaff(db, { role: 'admin' });
  return createOfficeApi({ baseUrl, token: admin.token });
}

async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.fail('the server accepted it'),
    (error: unknown) => error,
  );
}

describe('the priority email form with the office server', () => {
  it('saves what was typed and shows it again, with "a password is set" instead of the password', async () => {
    const api = await anAdmin();
    const empty = toPriorityEmailInput(await api.getOfficeSettings());
    const typed = {
      ...empty,
      priorityAddresses: [{ address: 'Urgent@Town.Example' }, { address: 'duty@town.example' }],
      smtp: { ...empty.smtp, host: 'smtp.town.example', port: '465', tls: 'implicit' as const, user: 'notebook', password: 'mail secret' },
      maxAttempts: '5',
    };
    const saved = await api.saveOfficeSettings(toSettingsRequest(PriorityEmailFormSchema.parse(typed)));
    expect(saved.smtp.hasPassword).toBe(true);
    const shown = toPriorityEmailInput(await api.getOfficeSettings());
    expect(shown).toEqual({
      ...typed,
      priorityAddresses: [{ address: 'urgent@town.example' }, { address: 'duty@town.example' }],
      smtp: { ...typed.smtp, hasPassword: true, passwordAction: 'keep', password: '' },
    });

    // Saved again unchanged, the password is kept; "Remove it" removes it.
    await api.saveOfficeSettings(toSettingsRequest(PriorityEmailFormSchema.parse(shown)));
    expect((await api.getOfficeSettings()).smtp.hasPassword).toBe(true);
    const removing = { ...shown, smtp: { ...shown.smtp, passwordAction: 'remove' as const } };
    await api.saveOfficeSettings(toSettingsRequest(PriorityEmailFormSchema.parse(removing)));
    expect((await api.getOfficeSettings()).smtp.hasPassword).toBe(false);
  });

  it("puts the server's refusal of one address on that address's box", async () => {
    const api = await anAdmin();
    const error = await rejectionOf(
      api.saveOfficeSettings({
        priorityAddresses: ['urgent@town.example', 'not an address'],
        smtp: { host: 'smtp.town.example', port: 587, tls: 'starttls' },
        includeContactDetails: false,
      }),
    );
    expect(apiProblem(error, priorityEmailFieldOf)).toMatchObject({
      fields: { 'priorityAddresses.1.address': 'Enter an email address like name@example.org.' },
      message: undefined,
    });
  });
});

describe('the response times form with the office server', () => {
  it('saves hours with a break, a holiday and a new target, and shows them again', async () => {
    const api = await anAdmin();
    const input = toResponseTimesInput(await api.getOfficeProfile());
    input.responsePolicy.timeZone = 'Europe/Berlin';
    input.responsePolicy.week.mon = [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ];
    input.responsePolicy.holidays = [{ date: '2026-12-24', name: 'Christmas Eve', yearly: true }];
    input.responsePolicy.targets.top = { unit: 'hours', amount: '2' };
    const typed = { ...input, priorityPhone: '+49 30 1234567', offlineFallbackMinutes: '15' };
    const saved = await api.saveOfficeProfile(toProfileRequest(ResponseTimesFormSchema.parse(typed)));
    expect(saved.responsePolicy.targets.top).toEqual({ unit: 'hours', amount: 2 });
    expect(toResponseTimesInput(await api.getOfficeProfile())).toEqual(typed);
  });

  it("puts the server's refusal of overlapping hours on the later interval's opening time", async () => {
    const api = await anAdmin();
    const { responsePolicy } = await api.getOfficeProfile();
    const week = { ...responsePolicy.week, tue: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '17:00' }] };
    const error = await rejectionOf(api.saveOfficeProfile({ responsePolicy: { ...responsePolicy, week }, offlineFallbackMinutes: 10 }));
    expect(apiProblem(error, responseTimesFieldOf)).toMatchObject({
      fields: { 'responsePolicy.week.tue.1.start': '12:00–17:00 overlaps 09:00–13:00.' },
      message: undefined,
    });
  });
});
