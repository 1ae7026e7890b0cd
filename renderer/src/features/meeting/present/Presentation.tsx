/**
 * Presentation mode: the month's agenda as slides, full screen (the Fullscreen API; when the browser refuses,
 * the slides still cover the window), in large type. Keys: Right, PageDown or Space for the next slide, Left or
 * PageUp for the previous, Home and End for the first and last, Escape to leave (focus returns to where it
 * was). Each change is announced as "Slide 2 of 7: Street lights out". With an empty agenda it says so and
 * offers to present all the month's themes. Slides are drawn from the redacted report only.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { keyOutcome, slidesOf, type SlideSource } from './slides';
import { SlideView, slideTitle } from './SlideView';
import { useMeetingReport } from './useMeetingReport';
import { useFullscreen } from './useFullscreen';
import './present.css';

/** Props of the presentation. */
export interface PresentationProps {
  analysis: Analysis;
  period: Month;
  onClose: () => void;
}

/** The presentation, over everything else until it is left. */
export function Presentation({ analysis, period, onClose }: PresentationProps): ReactNode {
  const prepared = useMeetingReport(analysis, period);
  const [source, setSource] = useState<SlideSource>('agenda');
  const [index, setIndex] = useState(0);
  const stage = useRef<HTMLDivElement>(null);
  useFullscreen(stage, onClose);
  const slides = prepared === undefined ? [] : slidesOf(prepared.report, source);
  const isEmptyAgenda = prepared !== undefined && source === 'agenda' && prepared.report.agenda.length === 0;
  const current = Math.min(index, Math.max(slides.length - 1, 0));
  const slide = slides[current];

  // A layout effect: the listener that knows the slides is in place in the same commit that shows them. With a
  // passive effect a key pressed the moment the first slide appeared still met the listener of "no slides yet"
  // and was lost (the browser test caught it under load).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const outcome = keyOutcome(event.key, current, slides.length, event.shiftKey);
      if (outcome === undefined) return;
      if (outcome !== 'exit' && (isEmptyAgenda || slides.length === 0)) return;
      event.preventDefault();
      if (outcome === 'exit') onClose();
      else setIndex(outcome.go);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, slides.length, isEmptyAgenda, onClose]);

  const title = prepared === undefined || slide === undefined ? '' : slideTitle(slide, prepared.report);
  const position = t('present.slide.position', { n: current + 1, count: slides.length, title });
  return (
    <ModalOverlay isOpen isKeyboardDismissDisabled className="present-overlay">
      <Modal className="present-modal">
        <Dialog className="present-dialog" aria-label={t('present.title', { month: prepared?.report.monthName ?? period })}>
          <div className="present-stage" ref={stage}>
            {prepared === undefined ? (
              <p className="slide-lead present-preparing">{t('present.preparing')}</p>
            ) : isEmptyAgenda ? (
              <div className="slide present-empty">
                <h2 className="slide-title">{t('present.emptyAgenda.title')}</h2>
                <p className="slide-lead">{t('present.emptyAgenda.body', { count: prepared.report.themes.length })}</p>
                <div className="present-empty-actions">
                  {prepared.report.themes.length > 0 && (
                    <Button className="button button-primary" autoFocus onPress={() => setSource('all-themes')}>
                      {t('present.emptyAgenda.all', { count: prepared.report.themes.length })}
                    </Button>
                  )}
                  <Button className="button button-secondary" onPress={onClose}>
                    {t('present.exit')}
                  </Button>
                </div>
              </div>
            ) : (
              slide !== undefined && (
                <article className="slide" key={slide.key} data-kind={slide.kind} aria-roledescription={t('present.slide.role')} aria-label={position}>
                  <SlideView slide={slide} report={prepared.report} />
                </article>
              )
            )}
            <div className="present-bar">
              <Button className="icon-button" aria-label={t('present.previous')} aria-keyshortcuts="ArrowLeft PageUp" isDisabled={current === 0 || isEmptyAgenda} onPress={() => setIndex(current - 1)}>
                <ChevronLeft size={24} aria-hidden="true" />
              </Button>
              <span className="present-count" aria-hidden="true">
                {slides.length === 0 || isEmptyAgenda ? '' : `${current + 1} / ${slides.length}`}
              </span>
              <Button
                className="icon-button"
                aria-label={t('present.next')}
                aria-keyshortcuts="ArrowRight PageDown Space"
                isDisabled={current >= slides.length - 1 || isEmptyAgenda}
                onPress={() => setIndex(current + 1)}
              >
                <ChevronRight size={24} aria-hidden="true" />
              </Button>
              <Button className="icon-button" aria-label={t('present.exit')} aria-keyshortcuts="Escape" onPress={onClose}>
                <X size={24} aria-hidden="true" />
              </Button>
            </div>
            <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="slide-position">
              {slides.length === 0 || isEmptyAgenda ? '' : position}
            </p>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
