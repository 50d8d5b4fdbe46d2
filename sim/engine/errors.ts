// Problems the engine finds in a scenario that the schema cannot see (an unknown SKU id in a
// promotion, shares that sum to zero), phrased for the person who wrote the scenario: a message
// code of the catalogue (messages/run.ts) at a field path, rendered in either language by errorText.
import type { CodedFields } from '../scenario/codedError.ts';
import type { LoaderMessage, MessageCode } from '../scenario/loaderMessages.ts';

/** A scenario problem found when compiling a run; `path` names the field (dotted). */
export class ScenarioRunError extends Error implements Partial<CodedFields> {
  readonly code?: MessageCode;
  readonly params?: unknown;
  readonly where: string;
  /** `message` is a coded message (rendered in the user's language) or, from older callers, English text. */
  constructor(
    readonly path: string,
    message: LoaderMessage | string,
  ) {
    super(`${path}: ${typeof message === 'string' ? message : message.message}`);
    this.name = 'ScenarioRunError';
    this.where = path;
    if (typeof message !== 'string') {
      this.code = message.code;
      this.params = message.params;
    }
  }
}
