/**
 * The response policy for comments as a short checklist beside a reply (shared/domain/replies.ts): why it shows
 * (social media, marked negative), then 3 to 5 lines, the phone line counting this reply's exchange.
 */
import type { ReactNode } from 'react';
import { ListChecks } from 'lucide-react';
import { commentPolicyChecklist, type CommentPolicy } from '@shared/domain/replies';
import { t } from '../../../i18n';
import { checklistLine } from './reply-compose';

/** Props: the office's policy, the responses so far, and why the checklist shows. */
export interface PolicyChecklistProps {
  readonly policy: CommentPolicy;
  readonly responsesSoFar: number;
  readonly isSocial: boolean;
  readonly isNegative: boolean;
  readonly headingId: string;
}

/** The checklist, a labelled region of its own. */
export function PolicyChecklist({ policy, responsesSoFar, isSocial, isNegative, headingId }: PolicyChecklistProps): ReactNode {
  const items = commentPolicyChecklist(policy, responsesSoFar, isSocial);
  const why = isSocial && isNegative ? 'reply.policy.why.both' : isSocial ? 'reply.policy.why.social' : 'reply.policy.why.negative';
  return (
    <section className="reply-policy" aria-labelledby={headingId} data-testid="reply-policy">
      <h4 id={headingId} className="reply-policy-title">
        <ListChecks size={18} aria-hidden="true" />
        {t('reply.policy.title')}
      </h4>
      <p className="muted">{t(why)}</p>
      <ul className="reply-policy-list">
        {items.map((item) => (
          <li key={item.kind} data-item={item.kind} data-due={item.kind === 'phone' ? String(item.isDue) : undefined}>
            {checklistLine(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}
