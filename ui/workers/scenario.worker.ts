// Worker entry of scenario validation: exposes scenario.api.ts over comlink, nothing else.
import * as Comlink from 'comlink';
import { scenarioApi } from './scenario.api.ts';

Comlink.expose(scenarioApi, self);
