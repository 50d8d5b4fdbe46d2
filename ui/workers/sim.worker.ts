// Worker entry of the simulation pool: exposes sim.api.ts over comlink, nothing else.
import * as Comlink from 'comlink';
import { simApi } from './sim.api.ts';

Comlink.expose(simApi, self);
