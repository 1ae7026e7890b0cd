/**
 * The schema versions of the desk's database (database.ts opens it with them). Never edit a published version;
 * add the next one, with its upgrade in database.ts when existing rows need one:
 *   1  concerns by id, creation time, tags, category, priority, status; history; drafts; settings.
 *   2  adds the `terms` multi-entry index for search as you type, and fills it for existing concerns.
 *   3  adds `tags` (each tag in use with its number of concerns), so tag autocomplete reads a few hundred rows
 *      instead of walking the tag index of every concern; filled from existing concerns.
 *   4  sync (issue 3): `outbox` (this desk's mutations the server has not confirmed yet), `concern_tags` and
 *      `concern_tombstones` (shared/sync's rows; `concerns` and `history` are its other two tables) and
 *      `sync_state` (client id, mutation counter, cursor). The upgrade gives the desk its client id, gives
 *      existing concerns their tag rows and queues each of them for upload (upgrade-v4.ts). Synced tables get
 *      as few indexes as the app needs: every index makes a first sync's bulk writes slower.
 *   5  `concern_escalations` (issue 4): the state of each priority email, written by the server only and
 *      received through pull; indexed by concern so the notebook shows a concern's escalations. Nothing to fill.
 *   6  the rest of the priority lane: `escalation_fallbacks` (a desk sent a top-priority concern on itself while
 *      offline), `citizen_acknowledgements` (the automatic acknowledgement emails, server-written) and
 *      `office_profile` (the office's response policy and priority contacts, server-written). The upgrade adds
 *      each concern's short reference (shared/domain/reference.ts) to its search terms, so a citizen's quoted
 *      reference finds the concern.
 *   7  the review queue (issue 5): `concern_flags`, `concern_comments`, `concern_responses` and
 *      `concern_assignees` (desk-written, indexed by concern for its timeline) and `office_staff` (the office's
 *      staff, server-written). Nothing to fill.
 *   8  the monthly meeting (issue 6): `theme_corrections` (read whole: a few dozen rows), `meeting_agenda` and
 *      `meeting_decisions` (indexed by month, the meeting view's one question of them). Desk-written through
 *      shared/sync/mutators/meeting.ts. Nothing to fill.
 *   9  closing the loop (issue 7): `projects` (read whole: dozens to hundreds), `project_links` and
 *      `project_thanks` (indexed by project and concern), `newsletters` (one row per month) and
 *      `newsletter_unsubscribes` (keyed by the address's hash). Nothing to fill.
 */

/** Index declarations of each published schema version, oldest first. */
export const SCHEMA_VERSIONS = {
  1: {
    concerns: 'id, createdAt, *tags, category, priority, status',
    history: 'id, concernId',
    drafts: 'id, updatedAt',
    settings: 'key',
  },
  2: {
    concerns: 'id, createdAt, *tags, category, priority, status, *terms',
  },
  3: {
    tags: 'tag',
  },
  4: {
    outbox: 'mutationId, concernId',
    concern_tags: 'id',
    concern_tombstones: 'id',
    sync_state: 'key',
  },
  5: {
    concern_escalations: 'id, concernId',
  },
  6: {
    escalation_fallbacks: 'id, concernId',
    citizen_acknowledgements: 'id',
    office_profile: 'id',
  },
  7: {
    concern_flags: 'id, concernId',
    concern_comments: 'id, concernId',
    concern_responses: 'id, concernId',
    concern_assignees: 'id, concernId',
    office_staff: 'id',
  },
  8: {
    theme_corrections: 'id',
    meeting_agenda: 'id, period',
    meeting_decisions: 'id, period',
  },
  9: {
    projects: 'id',
    project_links: 'id, projectId, concernId',
    project_thanks: 'id, projectId, concernId',
    newsletters: 'id',
    newsletter_unsubscribes: 'id',
  },
} as const;

/** The current schema version. */
export const CURRENT_VERSION = 9;
