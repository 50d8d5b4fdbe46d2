// Entry of the workbench page: mounts the app and starts the workbench state.
import { mount } from 'svelte';
import App from './App.svelte';
import { Workbench } from './app/workbench.svelte.ts';
import './app.css';

const workbench = new Workbench();
mount(App, { target: document.getElementById('app')!, props: { workbench } });
void workbench.init();
(globalThis as { shoplab?: Workbench }).shoplab = workbench;
