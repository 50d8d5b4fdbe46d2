// Entry of the workbench page: mounts the app and starts the workbench state, or the live
// classroom's page when the link asks for it (#/classroom/trainer, #/classroom/join).
import { mount } from 'svelte';
import App from './App.svelte';
import { Workbench } from './app/workbench.svelte.ts';
import './app.css';
import { autoStartTour } from './teaching/tour.ts';
import { parseClassroomLink } from './classroom/link.ts';
import ClassroomApp from './classroom/ClassroomApp.svelte';
import { I18n } from './i18n/i18n.svelte.ts';

const classroom = parseClassroomLink(location.hash);
if (classroom) {
  // A classroom link opens the classroom's own page: no scenario library, workers or tour.
  mount(ClassroomApp, { target: document.getElementById('app')!, props: { link: classroom, i18n: new I18n() } });
} else {
  const workbench = new Workbench();
  mount(App, { target: document.getElementById('app')!, props: { workbench } });
  void workbench.init().then(() => autoStartTour(workbench.i18n));
  (globalThis as { shoplab?: Workbench }).shoplab = workbench;
}
