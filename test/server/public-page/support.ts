/**
 * Rows and requests for the public page's server tests: projects, their links and concerns written straight
 * through the SQL store (as the project mutators will write them), an office's page settings saved by its admin,
 * and a strict XML check of the feeds.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { FastifyInstance } from 'fastify';
import type { Concern } from '@shared/domain/concern';
import { projectLinkId, type Project } from '@shared/domain/project';
import type { UpdatePublicPageRequest } from '@shared/api/public-page';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import { testId } from '../../helpers/concerns';
import { concernRow } from '../sync/support';
import type { TestOffice } from '../escalations/support';

const AT = '2026-11-02T09:00:00.000Z';

/** A valid public project with the given changes. */
export function projectRow(changes: Partial<Project> = {}): Project {
  return {
    id: testId(Date.parse(AT)),
    title: 'Fix the lights on Elm Street',
    description: 'Internal notes for staff only: call the contractor.',
    status: 'in-progress',
    publicSummary: 'You told us the street lights on Elm Street were out. We are replacing 14 lamps.',
    owner: 'Fay Moss',
    startDate: '2026-11-02',
    targetDate: '2026-12-15',
    completedDate: '',
    milestones: [],
    progress: 40,
    isPublic: true,
    source: null,
    statusChangedAt: AT,
    createdAt: AT,
    createdBy: 'Fay Moss',
    updatedAt: AT,
    updatedBy: 'Fay Moss',
    ...changes,
  };
}

/** A concern row (n picks its id) with the given changes. */
export function concern(n: number, changes: Partial<Concern> = {}): Concern {
  return { ...concernRow(n), ...changes };
}

/** Writes rows of an office as a desk's mutators would. */
export async function writeRows(
  db: Db,
  officeId: string,
  rows: { projects?: Project[]; concerns?: Concern[]; links?: { projectId: string; concernId: string; unlinked?: boolean }[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    const store = createSqlStore(tx, officeId);
    for (const c of rows.concerns ?? []) await store.put('concerns', c);
    for (const p of rows.projects ?? []) await store.put('projects', p);
    for (const l of rows.links ?? []) {
      await store.put('project_links', {
        id: projectLinkId(l.projectId, l.concernId),
        projectId: l.projectId,
        concernId: l.concernId,
        linkedAt: AT,
        linkedBy: 'Fay Moss',
        unlinkedAt: l.unlinked === true ? AT : null,
        unlinkedBy: l.unlinked === true ? 'Fay Moss' : null,
      });
    }
  });
}

/** Settings that publish the page at `slug`, with any changes. */
export function publishedSettings(slug: string, changes: Partial<UpdatePublicPageRequest> = {}): UpdatePublicPageRequest {
  return { slug, displayName: '', introduction: '', websiteUrl: '', isPublished: true, embedOrigins: [], ...changes };
}

/** Saves the page settings as the office's admin; fails the test unless the server took them. */
export async function publish(app: FastifyInstance, office: TestOffice, settings: UpdatePublicPageRequest): Promise<void> {
  const res = await app.inject({ method: 'PUT', url: '/api/admin/public-page', headers: { authorization: `Bearer ${office.admin.token}` }, payload: settings });
  if (res.statusCode !== 200) throw new Error(`saving the public page answered ${res.statusCode}: ${res.body}`);
}

/** Parses XML strictly: any warning or error (a tag not closed, an unknown entity) throws. */
export function parseXml(text: string): Document {
  const fail = (message: string) => {
    throw new Error(`Not well-formed XML: ${message}`);
  };
  // Characters XML 1.0 cannot hold are an error xmldom lets through.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) fail('a character XML cannot hold');
  const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
  return doc as unknown as Document;
}

/** The text of every element named `tag` (in any namespace). */
export function texts(doc: Document, tag: string): string[] {
  return Array.from(doc.getElementsByTagName(tag)).map((e) => e.textContent ?? '');
}
