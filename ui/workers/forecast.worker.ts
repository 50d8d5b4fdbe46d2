// Worker entry of the forecast studio: exposes forecast.api.ts over comlink, nothing else.
import * as Comlink from 'comlink';
import { forecastApi } from './forecast.api.ts';

Comlink.expose(forecastApi, self);
