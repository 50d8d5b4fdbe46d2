// Worker entry of run summaries: exposes summary.api.ts over comlink, nothing else.
import * as Comlink from 'comlink';
import { summaryApi } from './summary.api.ts';

Comlink.expose(summaryApi, self);
