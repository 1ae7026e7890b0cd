/**
 * The reply part of an open concern's review panel: the "Negative comment" mark, and "Reply", which opens the
 * reply composer in place. The composer reads the office's templates and policy from the synced profile and the
 * concern's responses and project from the desk, live, and the project's link on the public page when that page
 * answers. After a reply is sent or the composer is closed, focus
 * returns to "Reply".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MessageSquareReply } from 'lucide-react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useOfficeProfile } from '../../../app/office-profile';
import { useConnectionState } from '../../../office/office-context';
import { t } from '../../../i18n';
import type { Permissions } from '../permissions';
import { NegativeToggle } from './NegativeToggle';
import { ReplyComposer } from './ReplyComposer';
import { publicProjectLink, replyDataOf } from './reply-data';
import './reply.css';

/** Props: the open concern and what the person may do. */
export interface ReplySectionProps {
  readonly concern: Concern;
  readonly permissions: Permissions;
}

/** The section. */
export function ReplySection({ concern, permissions }: ReplySectionProps): ReactNode {
  const { db } = useDesk();
  const profile = useOfficeProfile();
  const [isOpen, setIsOpen] = useState(false);
  const replyRef = useRef<HTMLButtonElement>(null);
  const data = useLiveQuery(() => (isOpen ? replyDataOf(db, concern) : undefined), [db, concern, isOpen]);
  const connection = useConnectionState();
  const [found, setFound] = useState<{ key: string; link: string | undefined }>();
  // By id: the live query hands a new project object with every change of the concern.
  const publicId = data?.project?.isPublic === true ? data.project.id : undefined;
  const { address } = connection;
  const officeId = connection.account?.officeId;
  const linkKey = `${publicId ?? ''} ${address ?? ''} ${officeId ?? ''}`;
  useEffect(() => {
    let isCurrent = true;
    const project = publicId === undefined ? undefined : { id: publicId, isPublic: true };
    void publicProjectLink(project, { address, officeId }).then((link) => {
      if (isCurrent) setFound({ key: linkKey, link });
    });
    return () => {
      isCurrent = false;
    };
  }, [linkKey, publicId, address, officeId]);
  // A link found for another project (or server) is not this one's.
  const projectLink = found?.key === linkKey ? found.link : undefined;
  const isOpenConcern = reviewStateOf(concern).mergedInto === null;
  const canReply = isOpenConcern && permissions.may('respond');

  return (
    <div className="reply-section">
      <div className="reply-bar">
        {canReply && (
          <button ref={replyRef} type="button" className="button button-secondary" aria-expanded={isOpen} data-action="reply" onClick={() => setIsOpen(true)}>
            <MessageSquareReply size={16} aria-hidden="true" />
            {t('reply.open')}
          </button>
        )}
        <NegativeToggle concern={concern} canMark={isOpenConcern && permissions.may('flag')} />
      </div>
      {isOpen && data !== undefined && (
        <ReplyComposer
          concern={concern}
          profile={profile}
          data={data}
          projectLink={projectLink}
          onClose={() => {
            setIsOpen(false);
            requestAnimationFrame(() => replyRef.current?.focus());
          }}
        />
      )}
    </div>
  );
}
