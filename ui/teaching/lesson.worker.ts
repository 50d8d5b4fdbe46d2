// Worker adapter for lesson runs (see lesson.api.ts).
import * as Comlink from 'comlink';
import { lessonApi } from './lesson.api.ts';

Comlink.expose(lessonApi, self);
