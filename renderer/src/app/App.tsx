/**
 * The shell: header (search, palette, help, settings), the quick line, the day page or search results, the
 * status line, and the dialogs. It owns which day is shown, the search query and which overlay is open;
 * features own everything else.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { QuickCapture, type CaptureHandle } from '../features/capture/QuickCapture';
import { ConcernFormDialog } from '../features/concern-form/ConcernFormDialog';
import { formFieldsFromLine } from '../features/capture/line-fields';
import { HelpOverlay } from '../features/help/HelpOverlay';
import { NotebookPage } from '../features/notebook/NotebookPage';
import { CommandPalette } from '../features/palette/CommandPalette';
import { SearchResults } from '../features/search/SearchResults';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { HistoryImportDialog } from '../features/settings/history-import/HistoryImportDialog';
import { AdminDialog } from '../features/admin/AdminDialog';
import { OfficeDialog } from '../features/office/OfficeDialog';
import { SyncNotices } from '../features/office/SyncNotices';
import { DutyAlerts } from '../features/alerts/DutyAlerts';
import { FailureAlerts } from '../features/alerts/FailureAlerts';
import { OfflineEscalations } from '../features/fallback/OfflineEscalations';
import { ReviewQueuePage } from '../features/review/queue/ReviewQueuePage';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { NewsletterPage } from '../features/newsletter/NewsletterPage';
import { ProjectsView } from '../features/projects/ProjectsView';
import { ProjectOpenerContext, useProjectsRoute } from '../features/projects/project-navigation';
import { nextMonth, previousMonth } from '@shared/patterns/months';
import { ReviewActionDialog } from '../features/review/actions/ReviewActionDialog';
import type { ActionRequest } from '../features/review/actions/action-request';
import { MentionAlerts } from '../features/review/mentions/MentionAlerts';
import { usePermissions } from '../features/review/permissions';
import { warmReviewQueue } from '../features/review/queue/queue-store';
import { useOfficeProfile } from './office-profile';
import { useConnectionState, useOffice } from '../office/office-context';
import { useTheme } from '../features/settings/theme';
import { addDays, toDayKey } from '../lib/dates';
import { newId } from '../lib/ids';
import { t } from '../i18n';
import { AppHeader, shortcutText, type View } from './AppHeader';
import { ConcernPage } from './ConcernPage';
import { ConcernOpenerContext } from './concern-opener';
import { useAppCommands, type CommandBus } from './app-commands';
import { useDesk } from './desk-context';
import { useConcernLinks } from './useConcernLinks';
import { useDesktopStatus } from './useDesktopStatus';
import { PartError } from './PartError';
import { StatusLine } from './StatusLine';
import { useFocusRescue } from './useFocusRescue';
import { useFormRequests } from './useFormRequests';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { usePaletteCommands, type PaletteActions } from './usePaletteCommands';
import { useToday } from './useToday';
import { useMeetingMonth } from './useMeetingMonth';

type Overlay = 'help' | 'settings' | 'palette' | 'office' | 'admin' | 'import' | undefined;

/** The way back from an open concern, by where it was opened from. */
const BACK_LABELS = {
  concern: 'review.backToConcern',
  review: 'review.backToQueue',
  notebook: 'review.backToNotebook',
  meeting: 'review.backToMeeting',
  newsletter: 'newsletter.back',
  projects: 'review.backToProjects',
} as const;

/** Where a concern was opened from: the way back goes there. */
type Opened = { readonly concernId: string; readonly from: View | 'concern' };

/** The whole app for one desk; `commands` brings menu and global-shortcut commands from the platform. */
export function App({ commands }: { commands: CommandBus }): ReactNode {
  const { settings, platform, db } = useDesk();
  const connection = useConnectionState();
  const office = useOffice();
  const isAdmin = connection.phase === 'signed-in' && connection.account?.role === 'admin';
  const permissions = usePermissions();
  const isReviewer = permissions.may('reviewFlags');
  const { responsePolicy } = useOfficeProfile();
  // A go-to person's queue is kept live from the start, like an inbox: read once the app is idle, so it opens at
  // once (queue-store.ts). Other desks read it the first time they show it.
  useEffect(() => {
    if (!isReviewer) return undefined;
    const warm = () => warmReviewQueue(db, responsePolicy);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(warm, 500);
    return () => clearTimeout(id);
  }, [db, isReviewer, responsePolicy]);
  const [view, setView] = useState<View>('notebook');
  // The concerns opened, the last one shown; opening a similar concern from one stacks it, Back pops it.
  const [opened, setOpened] = useState<readonly Opened[]>([]);
  const [actionRequest, setActionRequest] = useState<ActionRequest>();
  useTheme(settings.theme);
  const today = useToday();
  const [pickedDay, setPickedDay] = useState<string | undefined>();
  const day = pickedDay ?? today;
  const [query, setQuery] = useState('');
  const { month, latest: latestMonth, show: showMonth } = useMeetingMonth(today, responsePolicy.timeZone);
  const [overlay, setOverlay] = useState<Overlay>();
  const [fresh, setFresh] = useState<Concern | undefined>();
  const forms = useFormRequests();
  const captureRef = useRef<CaptureHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const showDay = (next: string) => setPickedDay(next >= today ? undefined : next);
  function showView(next: View) {
    setOpened([]);
    setQuery('');
    setView(next);
  }
  function showNotebookDay(next: string | undefined) {
    showView('notebook');
    setPickedDay(next);
  }
  const openConcern = useCallback(
    (concernId: string) =>
      setOpened((stack) => {
        const top = stack.at(-1);
        if (top?.concernId === concernId) return stack;
        return [...stack, { concernId, from: top === undefined ? view : 'concern' }];
      }),
    [view],
  );
  const closeConcern = () => setOpened((stack) => stack.slice(0, -1));
  const projects = useProjectsRoute(() => showView('projects'));
  const mayManageProjects = permissions.may('manageProjects');
  const shownConcern = opened.at(-1);
  const isMeetingShown = view === 'meeting' && shownConcern === undefined && query.trim() === '';
  // The newsletter is a month's too: [ and ] move its month and t goes back to the latest, as in the meeting view.
  const isMonthShown = (isMeetingShown || view === 'newsletter') && shownConcern === undefined && query.trim() === '';
  const actions: PaletteActions = useMemo(
    () => ({
      focusCapture: () => captureRef.current?.focus(),
      newDraft: () => captureRef.current?.setAside(),
      nextDraft: () => captureRef.current?.nextDraft(),
      focusSearch: () => searchRef.current?.select(),
      // In the meeting view [ and ] move a month, t goes back to the last complete one (shortcuts.ts 'meeting').
      previousDay: () => (isMonthShown ? showMonth(previousMonth(month)) : showNotebookDay(addDays(day, -1))),
      nextDay: () => (isMonthShown ? showMonth(nextMonth(month)) : showNotebookDay(addDays(day, 1) >= today ? undefined : addDays(day, 1))),
      today: () => (isMonthShown ? showMonth(undefined) : showNotebookDay(undefined)),
      showNotebook: () => showView('notebook'),
      showReview: () => showView('review'),
      showMeeting: () => showView('meeting'),
      showNewsletter: () => showView('newsletter'),
      showProjects: () => showView('projects'),
      ...(mayManageProjects ? { newProject: projects.openNew } : {}),
      openHelp: () => setOverlay('help'),
      openPalette: () => setOverlay('palette'),
      openSettings: () => setOverlay('settings'),
      openOffice: () => setOverlay('office'),
      ...(isAdmin ? { openAdmin: () => setOverlay('admin') } : {}),
      openForm: () => {
        const now = new Date();
        forms.open({ draftId: newId(now), draftCreatedAt: now.toISOString(), line: '', initial: formFieldsFromLine('', settings.defaultChannel), isUnsaved: false });
      },
    }),
    [day, today, forms, settings.defaultChannel, isAdmin, isMonthShown, month, latestMonth, mayManageProjects, projects.openNew], // eslint-disable-line react-hooks/exhaustive-deps -- showView and showNotebookDay only set state
  );
  const paletteCommands = usePaletteCommands(actions);
  useGlobalShortcuts(actions, overlay === undefined && forms.request === undefined);
  useFocusRescue();

  // A notification about a concern was clicked, or the address links to one (#/concern/<id>): open it.
  const openLinked = useCallback((concern: Concern) => openConcern(concern.id), [openConcern]);
  useConcernLinks(db, platform, office, openLinked);
  useDesktopStatus();

  useAppCommands(commands, actions);

  const onSaved = (concern: Concern) => {
    setFresh(concern);
    if (toDayKey(new Date(concern.createdAt)) === today) setPickedDay(undefined);
  };
  const closeOverlay = () => setOverlay(undefined);
  return (
    <ConcernOpenerContext.Provider value={openConcern}>
      <ProjectOpenerContext.Provider value={projects.open}>
      <div className="app">
        <AppHeader
          query={query}
          onQueryChange={setQuery}
          onSearchDone={actions.focusCapture}
          searchRef={searchRef}
          onPalette={actions.openPalette}
          onHelp={actions.openHelp}
          onSettings={actions.openSettings}
          view={view}
          onViewChange={showView}
        />
        <main className={shownConcern !== undefined || (view !== 'notebook' && query.trim() === '') ? 'app-main app-main-wide' : 'app-main'}>
          <OfflineEscalations onOpen={(concern) => openConcern(concern.id)} />
          <DutyAlerts onOpen={(concern) => openConcern(concern.id)} />
          <FailureAlerts onOpen={(concern) => openConcern(concern.id)} />
          <MentionAlerts onOpen={openConcern} />
          {permissions.may('log') && (
            <QuickCapture ref={captureRef} openDraftId={forms.request?.draftId} onSaved={onSaved} onOpenForm={forms.open} onOpenFormDraft={(draft) => void forms.openDraft(draft)} />
          )}
          <ErrorBoundary key={shownConcern?.concernId ?? (query !== '' ? 'search' : view === 'notebook' ? day : view)} fallback={(error) => <PartError error={error} />}>
            {shownConcern !== undefined ? (
              <ConcernPage
                concernId={shownConcern.concernId}
                onBack={closeConcern}
                backLabel={t(BACK_LABELS[shownConcern.from])}
                onAction={setActionRequest}
                onOpen={openConcern}
                onEdit={(concern) => void forms.openEdit(concern)}
              />
            ) : isMeetingShown ? (
              <MeetingPage period={month} latest={latestMonth} onPeriodChange={showMonth} />
            ) : isMonthShown ? (
              <NewsletterPage period={month} latest={latestMonth} onPeriodChange={showMonth} />
            ) : query.trim() === '' && view === 'projects' ? (
              <ProjectsView route={projects.route} onRouteChange={projects.setRoute} />
            ) : query.trim() === '' && view === 'review' ? (
              <ReviewQueuePage onOpen={openConcern} onAction={setActionRequest} {...(connection.account === undefined ? {} : { me: connection.account.staffId })} />
            ) : query.trim() === '' ? (
              <NotebookPage
                day={day}
                today={today}
                fresh={fresh}
                captureKeys={shortcutText('capture.focus').shortcutText}
                onDayChange={showDay}
                onEdit={(concern) => void forms.openEdit(concern)}
              />
            ) : (
              <SearchResults query={query} today={today} onEdit={(concern) => void forms.openEdit(concern)} />
            )}
          </ErrorBoundary>
        </main>
        <SyncNotices />
        <StatusLine staffName={settings.staffName} onOpenOffice={actions.openOffice} />
        <ConcernFormDialog
          request={forms.request}
          onClose={forms.close}
          onSaved={(concern) => {
            const isNew = forms.request?.concernId === undefined;
            forms.close();
            if (isNew) onSaved(concern);
          }}
        />
        <HelpOverlay isOpen={overlay === 'help'} onClose={closeOverlay} />
        <SettingsDialog isOpen={overlay === 'settings'} onClose={closeOverlay} onOpenOffice={actions.openOffice} onOpenImport={() => setOverlay('import')} />
        <HistoryImportDialog
          isOpen={overlay === 'import'}
          onClose={closeOverlay}
          onOpenMeeting={() => {
            closeOverlay();
            showView('meeting');
          }}
        />
        <OfficeDialog isOpen={overlay === 'office'} onClose={closeOverlay} onOpenAdmin={() => setOverlay('admin')} />
        {isAdmin && connection.account !== undefined && (
          <AdminDialogFor isOpen={overlay === 'admin'} onClose={closeOverlay} staffId={connection.account.staffId} />
        )}
        <ReviewActionDialog request={actionRequest} onClose={() => setActionRequest(undefined)} />
        <CommandPalette isOpen={overlay === 'palette'} onClose={closeOverlay} commands={paletteCommands} />
      </div>
      </ProjectOpenerContext.Provider>
    </ConcernOpenerContext.Provider>
  );
}

/** The admin screen, with the signed-in admin's API and session (asked of the server when it opens). */
function AdminDialogFor({ isOpen, onClose, staffId }: { isOpen: boolean; onClose: () => void; staffId: string }): ReactNode {
  const office = useOffice();
  const connection = useConnectionState();
  // A new sign-in brings a new token: the API is made again for it.
  const api = useMemo(() => office.api(), [office, connection.account?.signedInAt]); // eslint-disable-line react-hooks/exhaustive-deps
  const [sessionId, setSessionId] = useState<string>();
  useEffect(() => {
    if (!isOpen || api === undefined) return;
    let isCurrent = true;
    api.me().then(
      (me) => isCurrent && setSessionId(me.session.id),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isOpen, api]);
  if (api === undefined) return null;
  return <AdminDialog isOpen={isOpen} onClose={onClose} api={api} me={{ staffId, sessionId: sessionId ?? '' }} />;
}
