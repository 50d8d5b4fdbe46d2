// IndexedDB storage of the user's scenarios, their saved versions and the last results (idb).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunResult } from '../../sim/light.ts';

/** A scenario the user owns (autosaved on every edit). */
export interface StoredScenario {
  id: string;
  title: string;
  text: string;
  /** Virtual path used to resolve `extends` relative to the built-in it came from. */
  fileName: string;
  updatedAt: number;
}

/** An older text of a user scenario. */
export interface StoredVersion {
  id?: number;
  scenarioId: string;
  text: string;
  savedAt: number;
}

/** The last results on screen, so a reload shows them again. */
export interface StoredResults {
  key: 'last';
  scenarioId: string;
  /** The scenario text the results were computed from. */
  text: string;
  runs: RunResult[];
  elapsedMs: number;
  savedAt: number;
}

interface ShopLabDB extends DBSchema {
  scenarios: { key: string; value: StoredScenario };
  versions: { key: number; value: StoredVersion; indexes: { byScenario: string } };
  results: { key: string; value: StoredResults };
  settings: { key: string; value: { key: string; value: string } };
}

/** Versions kept per scenario; older ones are dropped. */
export const MAX_VERSIONS = 20;

/** Typed access to the workbench's database. */
export class WorkbenchDb {
  private constructor(private readonly db: IDBPDatabase<ShopLabDB>) {}

  static async open(name = 'shoplab'): Promise<WorkbenchDb> {
    const db = await openDB<ShopLabDB>(name, 1, {
      upgrade(db) {
        db.createObjectStore('scenarios', { keyPath: 'id' });
        const versions = db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
        versions.createIndex('byScenario', 'scenarioId');
        db.createObjectStore('results', { keyPath: 'key' });
        db.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    return new WorkbenchDb(db);
  }

  listScenarios(): Promise<StoredScenario[]> {
    return this.db.getAll('scenarios');
  }

  putScenario(s: StoredScenario): Promise<string> {
    return this.db.put('scenarios', s);
  }

  async deleteScenario(id: string): Promise<void> {
    const tx = this.db.transaction(['scenarios', 'versions'], 'readwrite');
    await tx.objectStore('scenarios').delete(id);
    for (const key of await tx.objectStore('versions').index('byScenario').getAllKeys(id)) await tx.objectStore('versions').delete(key);
    await tx.done;
  }

  /** Versions of a scenario, newest first. */
  async versions(scenarioId: string): Promise<StoredVersion[]> {
    const all = await this.db.getAllFromIndex('versions', 'byScenario', scenarioId);
    return all.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** Keeps a version and drops the oldest beyond MAX_VERSIONS. */
  async addVersion(v: StoredVersion): Promise<void> {
    await this.db.add('versions', v);
    const all = await this.versions(v.scenarioId);
    for (const old of all.slice(MAX_VERSIONS)) if (old.id !== undefined) await this.db.delete('versions', old.id);
  }

  saveResults(r: StoredResults): Promise<string> {
    return this.db.put('results', r);
  }

  lastResults(): Promise<StoredResults | undefined> {
    return this.db.get('results', 'last');
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (await this.db.get('settings', key))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.put('settings', { key, value });
  }
}
