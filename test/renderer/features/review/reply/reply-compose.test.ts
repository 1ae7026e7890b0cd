/**
 * The reply composer's rules: the way preselected, what Send does for each way, the mail link within the
 * platform bridge's limit, the policy checklist in words, and what it reads from the desk (responses so far,
 * the linked project).
 */
import { describe, expect, it } from 'vitest';
import { emptyConcernFields } from '@shared/domain/concern';
import { commentPolicyChecklist, defaultCommentPolicy } from '@shared/domain/replies';
import { RESPONSE_METHODS } from '@shared/domain/review';
import type { Project } from '@shared/domain/project';
import { projectLinkId } from '@shared/domain/project';
import { runLocalMutation } from '../../../../../renderer/src/db';
import {
  checklistLine,
  ordinal,
  preferredMethodOf,
  replyMailto,
  sendWayOf,
  showsCommentPolicy,
} from '../../../../../renderer/src/features/review/reply/reply-compose';
import { projectValueOf, publicProjectLink, replyDataOf } from '../../../../../renderer/src/features/review/reply/reply-data';
import { MAX_MAILTO_LENGTH } from '../../../../../renderer/src/features/fallback/priority-mailto';
import { freshDb } from '../../../../helpers/fake-db';
import { fields, testId } from '../../../../helpers/concerns';

const contact = emptyConcernFields().contact;

describe('the reply composer rules', () => {
  it("preselects the citizen's preferred way, else the way they came in, else other", () => {
    expect(preferredMethodOf({ channel: 'social-media', contact: { ...contact, preferredReply: 'email', email: 'a@b.org' } })).toBe('email');
    expect(preferredMethodOf({ channel: 'social-media', contact })).toBe('social-media');
    expect(preferredMethodOf({ channel: 'walk-in', contact })).toBe('in-person');
    expect(preferredMethodOf({ channel: 'web-form', contact })).toBe('other');
  });

  it('opens the mail program for email, copies for social media and other, records the rest as given', () => {
    expect(Object.fromEntries(RESPONSE_METHODS.map((method) => [method, sendWayOf(method)]))).toEqual({
      phone: 'record',
      email: 'email',
      letter: 'record',
      'in-person': 'record',
      'social-media': 'copy',
      other: 'copy',
    });
  });

  it('shows the comment policy on social media or when marked negative, and only then', () => {
    const base = { ...emptyConcernFields('phone'), id: testId(1), createdAt: '2026-12-03T09:00:00.000Z', createdBy: 'A', updatedAt: '2026-12-03T09:00:00.000Z', updatedBy: 'A' };
    expect(showsCommentPolicy(base)).toBe(false);
    expect(showsCommentPolicy({ ...base, negative: true })).toBe(true);
    expect(showsCommentPolicy({ ...base, channel: 'social-media' })).toBe(true);
  });

  it('encodes the mail link, and leaves a text too long for the link out of it (it goes by the clipboard)', () => {
    const short = replyMailto('maria@example.org', 'Your message: bins', 'Dear Maria,\nThanks & bye');
    expect(short).toEqual({ url: 'mailto:maria%40example.org?subject=Your%20message%3A%20bins&body=Dear%20Maria%2C%0AThanks%20%26%20bye', hasText: true });
    const long = replyMailto('maria@example.org', 'S', 'ü'.repeat(1000));
    expect(long.hasText).toBe(false);
    expect(long.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  });

  it('counts the exchange in words: "This is the 3rd exchange: offer a phone call"', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '102nd', '111th']);
    const policy = { ...defaultCommentPolicy(), moveToPhoneAfter: 2 };
    const phone = (responses: number) => checklistLine(commentPolicyChecklist(policy, responses, true)[2]!);
    expect(phone(2)).toBe('This is the 3rd exchange: offer a phone call.');
    expect(phone(0)).toBe('This is the 1st exchange: offer a phone call from the 3rd on.');
    expect(checklistLine({ kind: 'tone', text: 'Calm' })).toBe('Tone: Calm');
  });
});

describe("the composer's reads", () => {
  const at = (n: number) => new Date(Date.parse('2026-12-03T09:00:00.000Z') + n * 60_000).toISOString();

  it('counts the responses so far and finds the linked project, none when it was unlinked', async () => {
    const db = await freshDb();
    const id = testId(Date.parse(at(0)));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ channel: 'social-media', summary: 'Bins' }) }, { at: at(0), by: 'Ana' });
    const concern = (await db.concerns.get(id))!;
    expect(await replyDataOf(db, concern)).toEqual({ responses: 0, project: undefined });

    await runLocalMutation(db, 'recordResponse', { id, method: 'social-media', text: 'Thanks' }, { at: at(1), by: 'Ana' });
    await runLocalMutation(db, 'recordResponse', { id, method: 'social-media', text: 'More' }, { at: at(2), by: 'Ana' });
    const project: Project = {
      id: testId(Date.parse(at(3))),
      title: 'Empty the bins on time',
      description: '',
      status: 'in-progress',
      publicSummary: '',
      owner: '',
      startDate: '',
      targetDate: '',
      completedDate: '',
      milestones: [],
      progress: null,
      isPublic: true,
      source: null,
      statusChangedAt: at(3),
      createdAt: at(3),
      createdBy: 'Ana',
      updatedAt: at(3),
      updatedBy: 'Ana',
    };
    await db.projects.put(project);
    const link = { id: projectLinkId(project.id, id), projectId: project.id, concernId: id, linkedAt: at(4), linkedBy: 'Ana', unlinkedAt: null, unlinkedBy: null };
    await db.project_links.put(link);
    const data = await replyDataOf(db, (await db.concerns.get(id))!);
    expect(data.responses).toBe(2);
    expect(data.project?.id).toBe(project.id);
    expect(projectValueOf(data.project, (s) => (s === 'in-progress' ? 'in progress' : s))).toBe('Empty the bins on time (in progress)');

    await db.project_links.put({ ...link, unlinkedAt: at(5), unlinkedBy: 'Ana' });
    expect((await replyDataOf(db, concern)).project).toBeUndefined();
    expect(projectValueOf(undefined, String)).toBe('');
  });
});

describe("the project's public link", () => {
  const project = { id: testId(7), isPublic: true };
  const server = { address: 'https://town.example/', officeId: 'office 1' };
  const answering = (status: number, seen: string[] = []) =>
    ((url: string | URL | Request) => {
      seen.push(String(url));
      return Promise.resolve(new Response(null, { status }));
    }) as typeof fetch;

  it('links to the project on the public page when the page answers', async () => {
    const seen: string[] = [];
    expect(await publicProjectLink(project, server, answering(200, seen))).toBe(`https://town.example/public/office%201/#project-${project.id}`);
    expect(seen).toEqual(['https://town.example/public/office%201/']);
    expect(projectValueOf({ title: 'Bins', status: 'done' } as Project, String, 'https://x.example/p')).toBe('Bins (done): https://x.example/p');
  });

  it('gives no link for a page not published, a server that cannot be reached, a project not public or no server', async () => {
    expect(await publicProjectLink(project, server, answering(404))).toBeUndefined();
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await publicProjectLink(project, server, failing)).toBeUndefined();
    expect(await publicProjectLink({ ...project, isPublic: false }, server, answering(200))).toBeUndefined();
    expect(await publicProjectLink(project, { address: undefined, officeId: 'x' }, answering(200))).toBeUndefined();
  });
});
