// The page's side of the lesson worker: started on first use, one run at a time.
import * as Comlink from 'comlink';
import type { LessonApi } from './lesson.api.ts';
import { reviveTaskError } from '../workers/task-error.ts';

/** Wraps the lesson worker; plain data in, plain data out. */
export class LessonClient {
  private api: Comlink.Remote<LessonApi> | null = null;

  private get remote(): Comlink.Remote<LessonApi> {
    this.api ??= Comlink.wrap<LessonApi>(new Worker(new URL('./lesson.worker.ts', import.meta.url), { type: 'module' }));
    return this.api;
  }

  run(...args: Parameters<LessonApi['run']>): ReturnType<LessonApi['run']> {
    return this.remote.run(...args).catch((error: unknown) => Promise.reject(reviveTaskError(error)));
  }

  leverDefaults(...args: Parameters<LessonApi['leverDefaults']>): ReturnType<LessonApi['leverDefaults']> {
    return this.remote.leverDefaults(...args).catch((error: unknown) => Promise.reject(reviveTaskError(error)));
  }
}
