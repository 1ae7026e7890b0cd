/**
 * A timeline event in words: its headline ("Ben Cole flagged it for review") and the lines under it (what
 * changed, the reason, the comment). Edits of the concern's own fields read as the notebook's history reads
 * them (describe-change.ts); the review queue's fields (assignees, merges, the response clock, the resolution)
 * are worded here, with staff and concerns by name and reference rather than by id.
 */
import type { FieldChange } from '@shared/domain/history';
import { concernReference } from '@shared/domain/reference';
import type { TimelineEvent } from '../../../db/timeline';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import { describeChange } from '../../notebook/describe-change';
import { escalationLine, acknowledgementLine } from '../../alerts/email-state';

/** An event in words. */
export interface EventWords {
  readonly headline: string;
  readonly lines: readonly string[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A staff member's name by id; someone this desk does not know yet is "a colleague". */
export function staffName(staffNames: ReadonlyMap<string, string>, id: string): string {
  return staffNames.get(id) ?? t('reviewConcern.timeline.unknownStaff');
}

const names = (staffNames: ReadonlyMap<string, string>, ids: readonly string[]) => ids.map((id) => staffName(staffNames, id)).join(', ');

/** Who was assigned and unassigned by one change of the assignees. */
function describeAssignees(change: FieldChange, staffNames: ReadonlyMap<string, string>): string {
  const from = list(change.from);
  const to = list(change.to);
  const added = to.filter((id) => !from.includes(id));
  const removed = from.filter((id) => !to.includes(id));
  if (added.length > 0 && removed.length > 0) {
    return t('reviewConcern.change.reassigned', { from: names(staffNames, removed), to: names(staffNames, added) });
  }
  if (added.length > 0) return t('reviewConcern.change.assigned', { to: names(staffNames, added) });
  return t('reviewConcern.change.unassigned', { from: names(staffNames, removed) });
}

/** One changed field in words, the review queue's fields included. */
export function describeReviewChange(change: FieldChange, staffNames: ReadonlyMap<string, string>): string {
  switch (change.field) {
    case 'assignees':
      return describeAssignees(change, staffNames);
    case 'mergedFrom': {
      const added = list(change.to).filter((id) => !list(change.from).includes(id));
      return t('reviewConcern.change.mergedFrom', { references: added.map(concernReference).join(', ') });
    }
    case 'mergedInto':
      return typeof change.to === 'string' ? t('reviewConcern.change.mergedInto', { reference: concernReference(change.to) }) : describeChange(change);
    case 'raisedCount':
      return t('reviewConcern.change.raisedCount', { count: Number(change.to) });
    case 'otherContacts':
      return t('reviewConcern.change.otherContacts', { count: list(change.to).length - list(change.from).length });
    case 'firstResponseAt':
      return typeof change.to === 'string' ? t('reviewConcern.change.clockStopped', { at: formatDateTime(change.to) }) : describeChange(change);
    case 'resolution':
      return t('reviewConcern.change.resolution', { note: String(change.to ?? '') });
    case 'negative':
      return t(change.to === true ? 'reply.change.negative' : 'reply.change.notNegative');
    default:
      return describeChange(change);
  }
}

/** The headline and lines of an event. */
export function describeEvent(event: TimelineEvent, staffNames: ReadonlyMap<string, string>): EventWords {
  const by = event.by ?? t('reviewConcern.timeline.server');
  switch (event.kind) {
    case 'created':
      return { headline: t('reviewConcern.timeline.created', { by }), lines: [] };
    case 'edited':
      return { headline: t('reviewConcern.timeline.edited', { by }), lines: event.changes.map((change) => describeReviewChange(change, staffNames)) };
    case 'flagged':
      return { headline: t('reviewConcern.timeline.flagged', { by }), lines: [t('reviewConcern.timeline.reason', { reason: event.flag.reason })] };
    case 'flagReviewed':
      return { headline: t('reviewConcern.timeline.flagReviewed', { by }), lines: [t('reviewConcern.timeline.reason', { reason: event.flag.reason })] };
    case 'comment':
      return {
        headline: t('reviewConcern.timeline.comment', { by }),
        lines: event.comment.mentions.length === 0 ? [] : [t('reviewConcern.timeline.mentioned', { names: names(staffNames, event.comment.mentions) })],
      };
    case 'response':
      return {
        headline: t('reviewConcern.timeline.response', { by, method: t(`reviewConcern.method.${event.response.method}`) }),
        lines: event.response.text.trim() === '' ? [] : [event.response.text],
      };
    case 'escalation':
      return { headline: t(`reviewConcern.timeline.escalation.${event.state}`), lines: escalationDetail(event) };
    case 'fallback':
      return {
        headline: t(event.fallback.method === 'email' ? 'reviewConcern.timeline.fallbackEmail' : 'reviewConcern.timeline.fallbackPhone', { by }),
        lines: event.fallback.note === '' ? [] : [t('reviewConcern.timeline.note', { note: event.fallback.note })],
      };
    case 'acknowledgement':
      return {
        headline: t(`reviewConcern.timeline.acknowledgement.${event.state}`),
        lines: event.state === 'failed' ? [acknowledgementLine(event.acknowledgement).text] : [],
      };
  }
}

function escalationDetail(event: Extract<TimelineEvent, { kind: 'escalation' }>): string[] {
  if (event.state === 'sent') return [t('reviewConcern.timeline.sentTo', { to: event.escalation.to.join(', ') })];
  if (event.state === 'failed') return [escalationLine(event.escalation).text];
  return [];
}
