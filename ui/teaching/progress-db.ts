// IndexedDB storage of each learner's lesson progress (its own small database, beside the
// workbench's, so lessons never touch scenario storage).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** Where a learner is in one lesson. */
export interface LessonProgress {
  lessonId: string;
  /** Index of the step on screen. */
  stepIndex: number;
  /** Answers by prediction id. */
  predictions: Record<string, number | string>;
  /** Measures computed so far (numbers only; charts are rerun when needed). */
  measures: Record<string, number>;
  completed: boolean;
  updatedAt: number;
}

interface TeachingDB extends DBSchema {
  progress: { key: string; value: LessonProgress };
}

/** Typed access to the progress store. */
export class ProgressDb {
  private constructor(private readonly db: IDBPDatabase<TeachingDB>) {}

  static async open(name = 'shoplab-teaching'): Promise<ProgressDb> {
    const db = await openDB<TeachingDB>(name, 1, {
      upgrade(db) {
        db.createObjectStore('progress', { keyPath: 'lessonId' });
      },
    });
    return new ProgressDb(db);
  }

  async all(): Promise<LessonProgress[]> {
    return this.db.getAll('progress');
  }

  async save(progress: LessonProgress): Promise<void> {
    await this.db.put('progress', progress);
  }
}
