/**
 * The month's dashboard: headline figures, the themes (or one theme opened from them, with its decisions), the
 * agenda (with the presentation), the charts, "Since last meeting" (what became of last month's themes and its
 * decisions) and the method note. Holds which theme is open and which correction is asked for; the open theme is
 * remembered across opening a concern (meeting-memory.ts).
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis, Theme } from '@shared/patterns/types';
import { agendaOf, correctionsInForce, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { ChartsSection } from './ChartsSection';
import { HeadlineFigures, headlineFigures } from './HeadlineFigures';
import { LastMonth, MethodNote } from './LastMonth';
import { ThemeDetail } from './ThemeDetail';
import { ThemeProjectAction } from '../projects/ThemeProjectAction';
import { ProjectsSinceLastMeeting } from '../projects/ProjectsSinceLastMeeting';
import { CorrectionDialog, type CorrectionRequest } from './corrections/CorrectionDialog';
import { useThemeActions } from './corrections/useThemeActions';
import { meetingMemory } from './meeting-memory';
import { ThemeList } from './themes/ThemeList';
import { AgendaPanel } from './agenda/AgendaPanel';
import { SinceLastMeeting } from './decisions/SinceLastMeeting';
import { ThemeDecisions } from './decisions/ThemeDecisions';
import { isBackKey, type ThemeActionKind } from './themes/theme-keys';

/** Props of Dashboard. */
export interface DashboardProps {
  readonly analysis: Analysis;
  readonly people: number;
  readonly period: Month;
  readonly mayFacilitate: boolean;
  readonly onOpenConcerns: (title: string, concernIds: readonly string[]) => void;
}

const signatureKey = (theme: { signature: Theme['signature'] }) => JSON.stringify(theme.signature.terms);

/** The dashboard. */
export function Dashboard({ analysis, people, period, mayFacilitate, onOpenConcerns }: DashboardProps): ReactNode {
  const { db } = useDesk();
  const actions = useThemeActions();
  const agenda = useLiveQuery(() => agendaOf(db, period), [db, period]);
  const inForce = useLiveQuery(() => correctionsInForce(db), [db]);
  const [openId, setOpenIdState] = useState(() => meetingMemory.themeFor(period));
  const [lastOpenId, setLastOpenId] = useState(openId);
  const [request, setRequest] = useState<CorrectionRequest>();
  const setOpenId = useCallback(
    (id: string | undefined) => {
      meetingMemory.rememberTheme(period, id);
      if (id !== undefined) setLastOpenId(id);
      setOpenIdState(id);
    },
    [period],
  );
  const figures = useMemo(() => headlineFigures(analysis, people, period), [analysis, people, period]);
  // The charts (below the themes) are drawn after the themes can be used, in an interruptible render: drawn with
  // them, they held the first key press back by about a second on a month of 10,000 concerns (meeting bench).
  const chartsAnalysis = useDeferredValue<Analysis | undefined>(analysis, undefined);
  const pinned = useMemo(() => new Set((agenda ?? []).flatMap((item) => (item.subject.kind === 'theme' ? [JSON.stringify(item.subject.signature.terms), item.subject.label] : []))), [agenda]);
  const isPinned = (theme: Theme) => pinned.has(signatureKey(theme)) || pinned.has(theme.label);
  // A theme merged away or renamed into another signature is gone after the re-run: back to the dashboard then.
  const openTheme = analysis.themes.find((theme) => theme.id === openId);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (openTheme !== undefined) document.getElementById('meeting-detail-title')?.focus();
  }, [openTheme?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- focus once per theme opened, not on every re-run
  // Back from a theme's page the focus returns to the grid's current card (the theme just left, when it is still
  // there): left on the page's body, j/k and Enter would not be heard and a keyboard user would Tab from the top.
  const leftTheme = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (openTheme !== undefined) {
      leftTheme.current = openTheme.id;
      return;
    }
    if (leftTheme.current === undefined) return;
    leftTheme.current = undefined;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>('.meeting-theme-card[data-current="true"] button')?.focus();
  }, [openTheme?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- once per theme left

  const act = (kind: ThemeActionKind, theme: Theme) => {
    if (kind === 'pin') {
      if (!isPinned(theme)) void actions.pin(period, theme.signature, theme.label);
    } else setRequest({ kind, theme });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (request !== undefined || !isBackKey(event, openTheme !== undefined)) return;
    event.preventDefault();
    setOpenId(undefined);
  };
  const showAgain = (theme: Theme) => {
    // Only the hide corrections: a rename or merge that shaped the theme stays.
    const hides = (inForce ?? []).filter((c) => c.kind === 'hide' && theme.corrections.includes(c.id));
    void (async () => {
      for (const hide of hides) await actions.withdraw(hide.id);
    })();
  };

  return (
    <div className="meeting-dashboard" onKeyDown={onKeyDown}>
      <HeadlineFigures figures={figures} onOpen={onOpenConcerns} />
      {openTheme !== undefined ? (
        <ThemeDetail
          theme={openTheme}
          mayFacilitate={mayFacilitate}
          isPinned={isPinned(openTheme)}
          onBack={() => setOpenId(undefined)}
          onAction={(kind) => act(kind, openTheme)}
          onUndo={(id) => void actions.withdraw(id)}
          onOpenConcerns={onOpenConcerns}
          decisions={<ThemeDecisions theme={openTheme} period={period} />}
          project={<ThemeProjectAction theme={openTheme} period={period} />}
        />
      ) : (
        <div className="meeting-columns">
          <section className="meeting-main" aria-labelledby="meeting-themes-title">
            <h3 id="meeting-themes-title" ref={title} className="meeting-section-title">
              {t('meeting.themes.title')}
            </h3>
            <p className="meeting-muted">{t('meeting.themes.intro')}</p>
            <ThemeList
              themes={analysis.themes}
              hidden={analysis.hiddenThemes}
              unthemed={analysis.unthemed}
              mayFacilitate={mayFacilitate}
              {...(lastOpenId === undefined ? {} : { initialThemeId: lastOpenId })}
              onOpen={setOpenId}
              onAction={(kind, id) => {
                const theme = analysis.themes.find((candidate) => candidate.id === id);
                if (theme !== undefined) act(kind, theme);
              }}
              onOpenConcerns={onOpenConcerns}
              onShowAgain={showAgain}
            />
          </section>
          <aside className="meeting-side">
            <AgendaPanel analysis={analysis} period={period} onOpenConcerns={onOpenConcerns} />
            <section aria-labelledby="meeting-last-title">
              <h3 id="meeting-last-title" className="meeting-section-title">
                {t('meeting.last.title')}
              </h3>
              <p className="meeting-muted">{t('meeting.last.intro')}</p>
              <LastMonth themes={analysis.lastMonth} onOpen={onOpenConcerns} />
              <SinceLastMeeting analysis={analysis} period={period} />
              <ProjectsSinceLastMeeting period={period} />
            </section>
          </aside>
        </div>
      )}
      {openTheme === undefined && chartsAnalysis !== undefined && <ChartsSection analysis={chartsAnalysis} onOpen={onOpenConcerns} />}
      <MethodNote method={analysis.method} />
      <CorrectionDialog
        request={request}
        themes={analysis.themes}
        onSubmit={(args, theme) => actions.correct(args, theme.label)}
        onClose={() => setRequest(undefined)}
      />
    </div>
  );
}
