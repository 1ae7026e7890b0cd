/**
 * The reply templates and the response policy for comments in the office profile (issue 7), on PGlite and
 * PostgreSQL: admins alone change them, bad input is refused by field with nothing lost, saving them leaves the
 * response times alone, desks receive them by pull, and a profile row stored before they existed still reads.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PullResponseSchema } from '@shared/sync/protocol';
import { defaultOfficeProfile, type OfficeProfile } from '@shared/domain/office-profile';
import { defaultCommentPolicy, defaultReplyTemplates, REPLY_LIMITS, type ReplyTemplate } from '@shared/domain/replies';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { createStaff, useFastPasswords } from '../helpers/staff';
import { bearer, pullPage } from './sync/support';
import { createTestOffice, type TestOffice } from './escalations/support';

useFastPasswords();

const template = (changes: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id: 'ack-short',
  group: 'acknowledgement',
  title: 'Short thanks',
  body: 'Dear {citizen},\nThank you for telling {office} about "{summary}".',
  ...changes,
});
const body = () => ({ replyTemplates: [template(), ...defaultReplyTemplates().slice(1)], commentPolicy: { ...defaultCommentPolicy(), moveToPhoneAfter: 3 } });

describeEachDatabase('reply templates and the comment policy', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  const getProfile = (token: string) => app.inject({ method: 'GET', url: '/api/admin/office-profile', headers: bearer({ token }) });
  const putReplies = (token: string, payload: unknown) =>
    app.inject({ method: 'PUT', url: '/api/admin/office-profile/replies', headers: bearer({ token }), payload: payload as object });

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
  });
  afterEach(async () => {
    await app.close();
  });

  it('starts with the default templates and policy, saves what the admin writes and syncs it to desks', async () => {
    const before = (await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile;
    expect(before.replyTemplates).toEqual(defaultReplyTemplates());
    expect(before.commentPolicy).toEqual(defaultCommentPolicy());

    const saved = await putReplies(office.admin.token, body());
    expect(saved.statusCode, saved.body).toBe(200);
    const profile = saved.json<{ profile: OfficeProfile }>().profile;
    expect(profile.replyTemplates[0]).toEqual(template());
    expect(profile.commentPolicy.moveToPhoneAfter).toBe(3);
    // The replies are not the response times: saving them must not claim an office policy nobody set.
    expect(profile.hasResponsePolicy).toBe(false);

    const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
    expect(page.changes.filter((c) => c.table === 'office_profile').at(-1)?.row).toEqual(profile);
  });

  it('keeps the order the admin gives, and an empty list', async () => {
    const reversed = defaultReplyTemplates().reverse();
    const res = await putReplies(office.admin.token, { ...body(), replyTemplates: reversed });
    expect(res.json<{ profile: OfficeProfile }>().profile.replyTemplates.map((t) => t.id)).toEqual(reversed.map((t) => t.id));
    const empty = await putReplies(office.admin.token, { ...body(), replyTemplates: [] });
    expect(empty.json<{ profile: OfficeProfile }>().profile.replyTemplates).toEqual([]);
  });

  it('refuses bad input with a clear message naming the field, and keeps what was saved', async () => {
    const saved = (await putReplies(office.admin.token, body())).json<{ profile: OfficeProfile }>().profile;
    const good = body();
    const cases: [unknown, string, string][] = [
      [{ ...good, replyTemplates: [template({ title: '' })] }, 'replyTemplates.0.title', 'Give the template a title'],
      [{ ...good, replyTemplates: [template({ body: 'Hi {name}' })] }, 'replyTemplates.0.body', '{name} is not a placeholder: use {office}, {citizen}, {summary} or {project}'],
      [{ ...good, replyTemplates: [template({ group: 'rant' as ReplyTemplate['group'] })] }, 'replyTemplates.0.group', 'Choose a group for the template: acknowledgement, information, apology or closing'],
      [{ ...good, replyTemplates: [template(), template()] }, 'replyTemplates.1.id', 'Each template id can appear only once'],
      [{ ...good, commentPolicy: { ...good.commentPolicy, moveToPhoneAfter: 0 } }, 'commentPolicy.moveToPhoneAfter', 'Give the number of exchanges as a whole number from 1 to 20'],
      [{ ...good, commentPolicy: { ...good.commentPolicy, tone: '' } }, 'commentPolicy.tone', 'Write the tone to answer in'],
      [{ replyTemplates: good.replyTemplates }, 'commentPolicy', ''],
      [{ ...good, responsePolicy: {} }, '', ''],
    ];
    for (const [payload, path, message] of cases) {
      const res = await putReplies(office.admin.token, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 200)).toBe(400);
      const answer = res.json<{ error: string; issues: { path: string; message: string }[] }>();
      expect(answer.error).toBe('invalid');
      const issue = answer.issues.find((each) => each.path === path);
      expect(issue, `${path} in ${res.body}`).toBeDefined();
      if (message !== '') expect(issue?.message).toBe(message);
    }
    expect((await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile).toEqual(saved);
  });

  it('takes every template at its longest, in any script', async () => {
    const long = Array.from({ length: REPLY_LIMITS.templates }, (_, n) =>
      template({ id: `t${n}`, title: 'Ü'.repeat(REPLY_LIMITS.title), body: '東'.repeat(REPLY_LIMITS.body) }),
    );
    const res = await putReplies(office.admin.token, { ...body(), replyTemplates: long });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  });

  it('lets only the office admin change them', async () => {
    const counter = await createStaff(db, { officeId: office.officeId, role: 'counter', displayName: 'Cleo' });
    expect((await putReplies(counter.token, body())).statusCode).toBe(403);
    expect((await putReplies(office.desk.token, body())).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: '/api/admin/office-profile/replies', payload: body() })).statusCode).toBe(401);
    const profile = (await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile;
    expect(profile.replyTemplates).toEqual(defaultReplyTemplates());
  });

  it('reads a profile row stored before the replies existed, and saves the replies over it keeping the rest', async () => {
    const { replyTemplates: _t, commentPolicy: _p, ...old } = {
      ...defaultOfficeProfile('Europe/Berlin', 'Town Hall'),
      hasResponsePolicy: true,
      priorityPhone: '+49 30 1234 567',
      updatedAt: '2026-11-01T09:00:00.000Z',
    };
    await db.query(`insert into office_profile (office_id, id, row) values ($1, 'office', $2::json)`, [office.officeId, JSON.stringify(old)]);

    const read = await getProfile(office.admin.token);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ profile: OfficeProfile }>().profile).toMatchObject({ ...old, replyTemplates: defaultReplyTemplates(), commentPolicy: defaultCommentPolicy() });
    // A desk parses the old row as it comes, defaults filled in.
    const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
    expect(page.changes.find((c) => c.table === 'office_profile')?.row).toMatchObject({ priorityPhone: '+49 30 1234 567', replyTemplates: defaultReplyTemplates() });

    const saved = (await putReplies(office.admin.token, body())).json<{ profile: OfficeProfile }>().profile;
    expect(saved).toMatchObject({ hasResponsePolicy: true, priorityPhone: '+49 30 1234 567', responsePolicy: old.responsePolicy, commentPolicy: body().commentPolicy });
  });
});
