// The scenario library: built-in files, the user's own scenarios (IndexedDB, autosaved with
// versions), the selected one, import/export and share links.
import { listBuiltins, EMPTY_SCENARIO_TEXT, scenarioTitle, type BuiltinScenario } from './builtins.ts';
import { WorkbenchDb, type StoredScenario, type StoredVersion } from './db.ts';
import { encodeShare } from './share.ts';

/** A scenario as the editor sees it: built-in (read-only, edits fork it) or the user's. */
export interface ScenarioEntry {
  id: string;
  title: string;
  text: string;
  fileName: string;
  builtin: boolean;
  group: string;
}

/** Autosave waits this long after the last keystroke (ms). */
const AUTOSAVE_MS = 400;
/** A new version is kept when the previous one is older than this (ms). */
const VERSION_EVERY_MS = 30_000;
/**
 * localStorage key of the edit that was pending when the page was hidden. A browser may drop an
 * IndexedDB write begun while its page goes away; localStorage writes synchronously, so the last
 * keystroke survives there and the next page open moves it into the database.
 */
export const PENDING_EDIT_KEY = 'shoplab.pendingEdit';

function newId(): string {
  return `user:${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;
}

function userFileName(basedOn: string, id: string): string {
  const dir = basedOn.slice(0, basedOn.lastIndexOf('/') + 1) || '/scenarios/';
  return `${dir}${id.replace(/[^a-z0-9-]/gi, '_')}.yaml`;
}

export class ScenarioLibrary {
  readonly builtins: ScenarioEntry[] = listBuiltins().map((b: BuiltinScenario) => ({ ...b, builtin: true }));
  mine = $state.raw<ScenarioEntry[]>([]);
  selectedId = $state('');
  versions = $state.raw<StoredVersion[]>([]);
  savedAt = $state(0);
  message = $state('');

  selected: ScenarioEntry = $derived(
    this.mine.find((s) => s.id === this.selectedId) ?? this.builtins.find((s) => s.id === this.selectedId) ?? this.fallback(),
  );

  private db: WorkbenchDb | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastVersionAt = new Map<string, number>();

  private fallback(): ScenarioEntry {
    return this.builtins[0] ?? { id: 'builtin:none', title: 'My shop', text: EMPTY_SCENARIO_TEXT, fileName: '/scenarios/my-shop.yaml', builtin: true, group: '' };
  }

  /** Opens the database and restores the user's scenarios and the last selection. */
  async init(db: WorkbenchDb | null): Promise<void> {
    this.db = db;
    if (!this.db) {
      this.selectedId = this.fallback().id;
      return;
    }
    const stored = await this.db.listScenarios();
    const pending = await this.recoverPendingEdit(stored);
    this.mine = stored.sort((a, b) => b.updatedAt - a.updatedAt).map(toEntry);
    const last = pending?.id ?? (await this.db.getSetting('selected'));
    this.selectedId = last && this.entry(last) ? last : this.fallback().id;
    await this.loadVersions();
  }

  entry(id: string): ScenarioEntry | undefined {
    return this.mine.find((s) => s.id === id) ?? this.builtins.find((s) => s.id === id);
  }

  async select(id: string): Promise<void> {
    this.flush();
    this.selectedId = id;
    await this.db?.setSetting('selected', id);
    await this.loadVersions();
  }

  /**
   * Records an edit of the selected scenario. A built-in is forked into a user scenario first,
   * so built-ins never change. Returns the id the text now belongs to.
   */
  edit(text: string): string {
    let current = this.selected;
    if (current.builtin) {
      const id = newId();
      const copy: ScenarioEntry = { id, title: current.title, text, fileName: userFileName(current.fileName, id), builtin: false, group: '' };
      copy.title = titleFor(text, copy.fileName, current.title);
      this.mine = [copy, ...this.mine];
      this.selectedId = id;
      void this.db?.setSetting('selected', id);
      current = copy;
    }
    const title = titleFor(text, current.fileName, current.title);
    this.mine = this.mine.map((s) => (s.id === current.id ? { ...s, text, title } : s));
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), AUTOSAVE_MS);
    return current.id;
  }

  /**
   * On page hide: writes the selected scenario synchronously to localStorage as well as to the
   * database, so an edit made just before the tab closed is restored by the next page open.
   */
  flushOnHide(): void {
    const s = this.selected;
    if (!s.builtin && this.db) {
      const record: StoredScenario = { id: s.id, title: s.title, text: s.text, fileName: s.fileName, updatedAt: Date.now() };
      try {
        localStorage.setItem(PENDING_EDIT_KEY, JSON.stringify(record));
      } catch {
        // Storage full or refused: the database write below is the only copy.
      }
    }
    this.flush();
  }

  /**
   * Moves an edit left by flushOnHide into the database when it is newer than the stored
   * record (or there is none), and into `stored`; returns it so its scenario is selected.
   */
  private async recoverPendingEdit(stored: StoredScenario[]): Promise<StoredScenario | undefined> {
    let pending: StoredScenario | undefined;
    try {
      pending = parsePendingEdit(localStorage.getItem(PENDING_EDIT_KEY));
      localStorage.removeItem(PENDING_EDIT_KEY);
    } catch {
      return undefined;
    }
    if (!pending || !this.db) return undefined;
    const index = stored.findIndex((s) => s.id === pending.id);
    if (index >= 0 && stored[index].updatedAt >= pending.updatedAt) return stored[index];
    await this.db.putScenario(pending);
    if (index >= 0) stored[index] = pending;
    else stored.push(pending);
    return pending;
  }

  /** Writes pending edits now (also called before switching scenario and on page hide). */
  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const s = this.selected;
    if (s.builtin || !this.db) return;
    const now = Date.now();
    const record: StoredScenario = { id: s.id, title: s.title, text: s.text, fileName: s.fileName, updatedAt: now };
    void this.db.putScenario(record).then(() => (this.savedAt = now));
    if (now - (this.lastVersionAt.get(s.id) ?? 0) >= VERSION_EVERY_MS) {
      this.lastVersionAt.set(s.id, now);
      void this.db.addVersion({ scenarioId: s.id, text: s.text, savedAt: now }).then(() => this.loadVersions());
    }
  }

  /** Adds a user scenario from text (new, duplicate, import, share link) and selects it. */
  async add(text: string, title: string, basedOn = '/scenarios/default.yaml'): Promise<string> {
    this.flush();
    const id = newId();
    const fileName = userFileName(basedOn, id);
    const entry: ScenarioEntry = { id, title: titleFor(text, fileName, title), text, fileName, builtin: false, group: '' };
    this.mine = [entry, ...this.mine];
    await this.db?.putScenario({ id, title: entry.title, text, fileName, updatedAt: Date.now() });
    await this.db?.addVersion({ scenarioId: id, text, savedAt: Date.now() });
    this.lastVersionAt.set(id, Date.now());
    await this.select(id);
    return id;
  }

  duplicate(): Promise<string> {
    const s = this.selected;
    return this.add(s.text, s.title, s.fileName);
  }

  async remove(id: string): Promise<void> {
    this.mine = this.mine.filter((s) => s.id !== id);
    await this.db?.deleteScenario(id);
    if (this.selectedId === id) await this.select(this.fallback().id);
  }

  /** Restores an older version as the current text (the current text is kept as a version first). */
  async restore(version: StoredVersion): Promise<void> {
    const s = this.selected;
    if (s.builtin || !this.db) return;
    await this.db.addVersion({ scenarioId: s.id, text: s.text, savedAt: Date.now() });
    this.edit(version.text);
    this.flush();
    await this.loadVersions();
  }

  /** A URL that opens the selected scenario's text. */
  async shareUrl(baseUrl: string): Promise<string> {
    return baseUrl.replace(/#.*$/, '') + (await encodeShare(this.selected.text));
  }

  private async loadVersions(): Promise<void> {
    this.versions = this.db && !this.selected.builtin ? await this.db.versions(this.selected.id) : [];
  }
}

/** The record flushOnHide left, or undefined when there is none or it is not one. */
function parsePendingEdit(raw: string | null): StoredScenario | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const r = value as Record<string, unknown>;
    const ok = typeof r.id === 'string' && r.id.startsWith('user:') && typeof r.title === 'string' && typeof r.text === 'string' && typeof r.fileName === 'string' && typeof r.updatedAt === 'number';
    return ok ? (value as StoredScenario) : undefined;
  } catch {
    return undefined;
  }
}

function toEntry(s: StoredScenario): ScenarioEntry {
  return { id: s.id, title: s.title, text: s.text, fileName: s.fileName, builtin: false, group: '' };
}

function titleFor(text: string, fileName: string, fallback: string): string {
  const t = scenarioTitle(text, fileName);
  return t === fileName.split('/').pop() ? fallback : t;
}
