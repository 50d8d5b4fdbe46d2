// A task's error crosses the comlink boundary as a plain object: comlink copies only an Error's
// name, message and stack, and sim/'s coded errors (a run's, a lever's) also need their code and
// parameters for the page to show them in the chosen language.
import { codedCopy, type CodedFields } from '../../sim/light.ts';

/** An error as it travels from a worker to the page. */
export type TaskErrorCopy = { taskError: true; name: string; message: string; stack?: string } & Partial<CodedFields>;

/** What a worker throws in place of `error` (a plain, cloneable object). */
export function copyTaskError(error: unknown): TaskErrorCopy {
  const e = error instanceof Error ? error : new Error(String(error));
  return { taskError: true, name: e.name, message: e.message, stack: e.stack, ...codedCopy(e) };
}

/** The error the page rejects with for what the worker threw (anything else is passed on as it came). */
export function reviveTaskError(thrown: unknown): unknown {
  if (typeof thrown !== 'object' || thrown === null || (thrown as Partial<TaskErrorCopy>).taskError !== true) return thrown;
  const copy = thrown as TaskErrorCopy;
  const error = Object.assign(new Error(copy.message), { name: copy.name }, codedCopy(copy));
  if (copy.stack) error.stack = copy.stack;
  return error;
}
