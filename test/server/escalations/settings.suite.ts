import { expect, it } from 'vitest';
import { OfficeSettingsResponseSchema } from '@shared/api/office-settings';
import { InvalidErrorSchema } from '@shared/api/errors';
import { DEFAULT_ACKNOWLEDGEMENT_SETTINGS } from '@shared/domain/acknowledgement';
import { readOfficeSettings } from '../../../server/src/escalations/office-settings';
import { createStaff } from '../../helpers/staff';
import { call, describeAuth } from '../auth/support';

const SECRET = 'smtp secret 7f3a9c';

const body = (changes: Record<string, unknown> = {}, smtp: Record<string, unknown> = {}) => ({
  priorityAddresses: ['Urgent@Town.example'],
  smtp: { host: 'smtp.town.example', port: 587, tls: 'starttls', user: 'notebook@town.example', password: SECRET, ...smtp },
  includeContactDetails: false,
  ...changes,
});

describeAuth('office settings (GET/PUT /api/admin/office-settings)', ({ app, db }) => {
  it('shows an office that never saved its settings as not configured, with contact details kept out', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const res = await call(app(), 'GET', '/api/admin/office-settings', { token: admin.token });
    expect(res.statusCode).toBe(200);
    expect(OfficeSettingsResponseSchema.parse(res.json()).settings).toMatchObject({
      isConfigured: false,
      priorityAddresses: [],
      includeContactDetails: false,
      maxAttempts: 8,
      smtp: { hasPassword: false },
      acknowledgement: DEFAULT_ACKNOWLEDGEMENT_SETTINGS,
    });
  });

  it("saves the citizens' acknowledgement, keeps it when a save leaves it out, and shows the default texts until they are edited", async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const first = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body() });
    expect(first.json()).toMatchObject({ settings: { acknowledgement: DEFAULT_ACKNOWLEDGEMENT_SETTINGS } });

    const acknowledgement = { enabled: true, subject: ' Thanks, {{ name }} ', body: 'We have it: {{summary}}.\nExpect us by {{expectedBy}}.' };
    const saved = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({ acknowledgement }) });
    const expected = { ...acknowledgement, subject: 'Thanks, {{ name }}' };
    expect(saved.json()).toMatchObject({ settings: { acknowledgement: expected } });
    await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({ maxAttempts: 3 }) });
    const read = await call(app(), 'GET', '/api/admin/office-settings', { token: admin.token });
    expect(read.json()).toMatchObject({ settings: { maxAttempts: 3, acknowledgement: expected } });

    const reset = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({ acknowledgement: { ...DEFAULT_ACKNOWLEDGEMENT_SETTINGS, enabled: true } }) });
    expect(reset.json()).toMatchObject({ settings: { acknowledgement: { ...DEFAULT_ACKNOWLEDGEMENT_SETTINGS, enabled: true } } });
    const { rows } = await db().query('select acknowledgement_subject, acknowledgement_body from office_settings');
    expect(rows).toEqual([{ acknowledgement_subject: null, acknowledgement_body: null }]);
  });

  it('saves the settings and never answers the password, only that one is set', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const saved = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({ maxAttempts: 5 }) });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).not.toContain(SECRET);
    const expected = {
      isConfigured: true,
      priorityAddresses: ['urgent@town.example'],
      senderAddress: '',
      smtp: { host: 'smtp.town.example', port: 587, tls: 'starttls', user: 'notebook@town.example', hasPassword: true },
      includeContactDetails: false,
      maxAttempts: 5,
    };
    expect(OfficeSettingsResponseSchema.parse(saved.json()).settings).toMatchObject(expected);
    const read = await call(app(), 'GET', '/api/admin/office-settings', { token: admin.token });
    expect(read.body).not.toContain(SECRET);
    expect(read.json()).toEqual(saved.json());
    expect((await readOfficeSettings(db(), admin.officeId))?.smtp.password).toBe(SECRET);
  });

  it('keeps the stored password when a save leaves it out, and removes it when told to with null', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body() });
    const withoutPassword = body({ includeContactDetails: true }, { password: undefined, host: 'mail.town.example' });
    const kept = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: withoutPassword });
    expect(kept.json()).toMatchObject({ settings: { includeContactDetails: true, smtp: { host: 'mail.town.example', hasPassword: true } } });
    expect((await readOfficeSettings(db(), admin.officeId))?.smtp.password).toBe(SECRET);

    const cleared = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({}, { password: null }) });
    expect(cleared.json()).toMatchObject({ settings: { smtp: { hasPassword: false } } });
    expect((await readOfficeSettings(db(), admin.officeId))?.smtp.password).toBeNull();
  });

  it("is for the admins of the office only, and each admin sees and changes only their own office's settings", async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const other = await createStaff(db(), { role: 'admin', officeName: 'Other Town' });
    await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body() });

    expect((await call(app(), 'GET', '/api/admin/office-settings')).statusCode).toBe(401);
    expect((await call(app(), 'PUT', '/api/admin/office-settings', { body: body() })).statusCode).toBe(401);
    for (const role of ['counter', 'goto', 'facilitator'] as const) {
      const someone = await createStaff(db(), { officeId: admin.officeId, role });
      const read = await call(app(), 'GET', '/api/admin/office-settings', { token: someone.token });
      expect(read.statusCode).toBe(403);
      expect(read.body).not.toContain('smtp.town.example');
      expect((await call(app(), 'PUT', '/api/admin/office-settings', { token: someone.token, body: body() })).statusCode).toBe(403);
    }

    const theirs = await call(app(), 'GET', '/api/admin/office-settings', { token: other.token });
    expect(theirs.json()).toMatchObject({ settings: { isConfigured: false } });
    await call(app(), 'PUT', '/api/admin/office-settings', { token: other.token, body: body({ priorityAddresses: ['desk@other.example'] }, { password: 'their own secret' }) });
    expect((await readOfficeSettings(db(), admin.officeId))).toMatchObject({ priorityAddresses: ['urgent@town.example'], smtp: { password: SECRET } });
  });

  it('refuses bad input with 400 and plain messages by field, saving nothing', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const cases: [unknown, string, RegExp][] = [
      [body({ priorityAddresses: [] }), 'priorityAddresses', /at least one address/],
      [body({ priorityAddresses: ['not an address'] }), 'priorityAddresses.0', /email address like/],
      [body({ priorityAddresses: ['a@town.example', 'A@town.example'] }), 'priorityAddresses', /only once/],
      [body({}, { host: 'http://smtp.town.example' }), 'smtp.host', /only the mail server's name/],
      [body({}, { port: 70000 }), 'smtp.port', /1 to 65535/],
      [body({}, { port: '587' }), 'smtp.port', /whole number/],
      [body({}, { tls: 'ssl' }), 'smtp.tls', /starttls/],
      [body({}, { tls: 'none' }), 'smtp.tls', /password would cross the network in the clear/],
      [body({ maxAttempts: 0 }), 'maxAttempts', /1 to 20/],
      [body({ includeContactDetails: 'yes' }), 'includeContactDetails', /true or false/],
      [body({ extra: 1 }), '', /extra/],
      [body({ acknowledgement: { enabled: true, subject: 'Ref {{ref}}', body: 'Hi' } }), 'acknowledgement.subject', /Unknown placeholder \{\{ref\}\}: use only \{\{office\}\}/],
      [body({ acknowledgement: { enabled: true, subject: 'Two\nlines', body: 'Hi' } }), 'acknowledgement.subject', /one line/],
      [body({ acknowledgement: { enabled: true, subject: 'Hi', body: '' } }), 'acknowledgement.body', /Write the message/],
      [body({ acknowledgement: true }), 'acknowledgement', /\{ enabled, subject, body \}/],
    ];
    for (const [input, path, message] of cases) {
      const res = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: input });
      expect(res.statusCode, JSON.stringify(input)).toBe(400);
      const error = InvalidErrorSchema.parse(res.json());
      const issue = error.issues.find((i) => i.path === path);
      expect(issue?.message, `${path}: ${res.body}`).toMatch(message);
    }
    expect(await readOfficeSettings(db(), admin.officeId)).toBeUndefined();
    const notJson = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.statusCode).toBe(400);
  });

  it('allows a plain connection with a password only to a mail server on this machine', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const res = await call(app(), 'PUT', '/api/admin/office-settings', { token: admin.token, body: body({}, { host: '127.0.0.1', port: 25, tls: 'none' }) });
    expect(res.statusCode).toBe(200);
  });
});
