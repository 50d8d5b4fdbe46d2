// The first-visit tour of the workbench (driver.js), in the chosen language: shown once to a
// person on a first visit, skippable at any step (× or Esc), and reopened from the header.
import { driver, type DriveStep } from 'driver.js';
import 'driver.js/dist/driver.css';
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/en.ts';

/** localStorage key set once the tour was finished or skipped. */
export const TOUR_SEEN_KEY = 'shoplab.tourSeen';

/** The tour's stops: the element each points at and its text keys (`tour.<id>.title|body`). */
export const TOUR_STOPS = [
  { id: 'views', element: '[data-tour="views"]' },
  { id: 'library', element: 'aside.panel' },
  { id: 'editor', element: 'section.editor' },
  { id: 'run', element: '[data-testid="run"]' },
  { id: 'lessons', element: '[data-tab="lessons"]' },
  { id: 'language', element: '[data-testid="language"]' },
  { id: 'reopen', element: '[data-testid="tour"]' },
] as const;

/**
 * Whether to start the tour by itself: on a first visit of a person. Automated browsers
 * (navigator.webdriver) get it only when the page asks with `?tour=1`, so tests stay unblocked.
 */
export function shouldAutoStart(seen: string | null, webdriver: boolean, search: string): boolean {
  if (new URLSearchParams(search).get('tour') === '1') return true;
  return seen === null && !webdriver;
}

/** Starts the tour and marks it seen at once: a tour once shown never starts by itself again, even if the page is left mid-tour. */
export function startTour(i18n: I18n): void {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(k as MessageKey, p);
  const steps: DriveStep[] = TOUR_STOPS.map((s) => ({ element: s.element, popover: { title: t(`tour.${s.id}.title`), description: t(`tour.${s.id}.body`) } }));
  const tour = driver({
    steps,
    showProgress: true,
    skipMissingElement: true,
    progressText: t('tour.progress'),
    nextBtnText: t('tour.next'),
    prevBtnText: t('tour.prev'),
    doneBtnText: t('tour.done'),
    popoverClass: 'shoplab-tour',
  });
  localStorage.setItem(TOUR_SEEN_KEY, '1');
  tour.drive();
}

/** Starts the tour after the workbench is ready, when `shouldAutoStart` says so. */
export function autoStartTour(i18n: I18n): void {
  if (shouldAutoStart(localStorage.getItem(TOUR_SEEN_KEY), navigator.webdriver === true, location.search)) startTour(i18n);
}
