// Entry of the workbench page: mounts the app and starts the workbench state.
import { mount } from 'svelte';
import App from './App.svelte';
import { Workbench } from './app/workbench.svelte.ts';
import './app.css';
import { autoStartTour } from './teaching/tour.ts';

const workbench = new Workbench();
mount(App, { target: document.getElementById('app')!, props: { workbench } });
void workbench.init().then(() => autoStartTour(workbench.i18n));
(globalThis as { shoplab?: Workbench }).shoplab = workbench;
