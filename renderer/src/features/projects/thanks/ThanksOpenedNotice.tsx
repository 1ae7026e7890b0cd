/**
 * Pointing staff to the thank-yous when a project starts: the project page calls useThanksOpened(project) (or
 * renders <ThanksOpenedNotice project={project} /> near its status control). When the status moves from
 * proposed, planned or declined to in progress or done while the page is open (at this desk or by sync), a
 * notice says it is time to thank the people who raised it, with a button that moves the focus to the panel.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { THANKING_STATUSES, type Project } from '@shared/domain/project';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';

/** The id of the thank-you panel's heading (ProjectThanks), which takes the focus. */
export const THANKS_HEADING_ID = 'thanks-title';

/** Moves the focus (and the view) to the thank-you panel's heading; false when the panel is not on the page. */
export function focusThanksPanel(): boolean {
  const heading = document.getElementById(THANKS_HEADING_ID);
  if (heading === null) return false;
  heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  heading.focus({ preventScroll: true });
  return true;
}

/** The project as last seen by useThanksOpened. */
type Seen = Pick<Project, 'id' | 'status'>;

/**
 * Whether the thank-yous just opened, going from `before` to `after`: the same project, moved from a status that
 * does not thank (proposed, planned, declined) to one that does (in progress, done). Opening a project already
 * in progress, or moving it from in progress to done, is not an opening.
 */
export function thanksJustOpened(before: Seen, after: Seen): boolean {
  return before.id === after.id && !THANKING_STATUSES.includes(before.status) && THANKING_STATUSES.includes(after.status);
}

/**
 * True from the moment the project's status moves into a thanking one while mounted (at this desk or by sync),
 * until dismiss() is called, the project is left, or it moves out of those statuses again.
 */
export function useThanksOpened(project: Seen): { isOpened: boolean; dismiss: () => void } {
  // The status last seen, compared during render (React's "storing information from previous renders").
  const [seen, setSeen] = useState<Seen>({ id: project.id, status: project.status });
  const [opened, setOpened] = useState<string>();
  if (seen.id !== project.id || seen.status !== project.status) {
    const stillOpen = seen.id === project.id && THANKING_STATUSES.includes(project.status) ? opened : undefined;
    setSeen({ id: project.id, status: project.status });
    setOpened(thanksJustOpened(seen, project) ? project.id : stillOpen);
  }
  const dismiss = useCallback(() => setOpened(undefined), []);
  return { isOpened: opened === project.id, dismiss };
}

/** The notice, shown when the project just moved to in progress or done; nothing otherwise. */
export function ThanksOpenedNotice({ project }: { project: Seen }): ReactNode {
  const { isOpened, dismiss } = useThanksOpened(project);
  const announce = useAnnounce();
  const status = project.status === 'done' ? t('thanks.status.done') : t('thanks.status.in-progress');
  const goRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isOpened) return;
    announce(t('thanks.opened', { status }));
    // The status button just pressed is gone once the status moved, which drops the focus to the page: give it
    // to the next step. A move that came by sync while staff work elsewhere on the page never takes the focus.
    if (document.activeElement === null || document.activeElement === document.body) goRef.current?.focus();
  }, [isOpened]); // eslint-disable-line react-hooks/exhaustive-deps -- once per opening, not per render
  if (!isOpened) return null;
  return (
    <div className="thanks-opened" data-testid="thanks-opened">
      <p>{t('thanks.opened', { status })}</p>
      <div className="thanks-actions">
        <Button
          ref={goRef}
          className="button button-primary"
          onPress={() => {
            if (focusThanksPanel()) dismiss();
          }}
        >
          {t('thanks.opened.go')}
        </Button>
        <Button className="button button-secondary" onPress={dismiss}>
          {t('thanks.opened.dismiss')}
        </Button>
      </div>
    </div>
  );
}
