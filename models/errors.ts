// Errors a forecaster raises for data it cannot model; the fallback turns them into a note.

/** The series has fewer observations than the model needs. */
export class SeriesTooShortError extends RangeError {
  constructor(model: string, needed: number, got: number) {
    super(`series too short for ${model} (${got} < ${needed} observations)`);
    this.name = 'SeriesTooShortError';
  }
}
