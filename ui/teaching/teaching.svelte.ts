// The lessons tab: the catalogue, each lesson's saved progress, the lesson being played, the
// Beer Game, and opening either by link (#lesson=ID, #beergame).
import type { I18n } from '../i18n/i18n.svelte.ts';
import { loadCatalog, lessonLang, type LessonCatalog } from './catalog.ts';
import { LessonClient } from './lesson-client.ts';
import { LessonPlayer } from './lesson-player.svelte.ts';
import { BeerPlay } from './beer-play.svelte.ts';
import { ProgressDb, type LessonProgress } from './progress-db.ts';

/** What a lessons link asks for: a lesson by id, the Beer Game, or nothing. */
export function parseLessonLink(hash: string): { lesson: string } | { beerGame: true } | null {
  const m = /^#lesson=([a-z0-9][a-z0-9-]*)$/.exec(hash);
  if (m) return { lesson: m[1] };
  return hash === '#beergame' ? { beerGame: true } : null;
}

export class TeachingState {
  readonly catalog: LessonCatalog = loadCatalog();
  readonly beer = new BeerPlay();
  progress = $state<Record<string, LessonProgress>>({});
  player = $state<LessonPlayer | null>(null);
  view = $state<'list' | 'lesson' | 'beer'>('list');
  private db: ProgressDb | null = null;
  private client = new LessonClient();

  constructor(private readonly i18n: I18n) {}

  /** The language lessons are shown in. */
  get lang() {
    return lessonLang(this.i18n.locale);
  }

  /** Loads saved progress; returns true when the page link opened a lesson or the Beer Game. */
  async init(hash: string): Promise<boolean> {
    try {
      this.db = await ProgressDb.open();
      for (const p of await this.db.all()) this.progress[p.lessonId] = p;
    } catch {
      // Without IndexedDB lessons still play; progress is kept for this visit only.
    }
    const link = parseLessonLink(hash);
    if (!link) return false;
    if ('beerGame' in link) this.openBeer();
    else if (!this.open(link.lesson)) return false;
    return true;
  }

  open(id: string): boolean {
    const lesson = this.catalog.lessons.find((l) => l.id === id);
    if (!lesson) return false;
    this.player = new LessonPlayer(lesson, this.client, (p) => this.record(p), this.progress[id]);
    this.view = 'lesson';
    this.setHash(`#lesson=${id}`);
    return true;
  }

  openBeer(): void {
    this.view = 'beer';
    this.setHash('#beergame');
  }

  closeToList(): void {
    this.view = 'list';
    this.player = null;
    this.setHash('');
  }

  /** A link that opens `id` directly. */
  linkFor(id: string): string {
    return `${location.origin}${location.pathname}#lesson=${id}`;
  }

  private record(p: LessonProgress): void {
    this.progress[p.lessonId] = p;
    void this.db?.save(p).catch(() => undefined);
  }

  private setHash(hash: string): void {
    history.replaceState(null, '', location.pathname + location.search + hash);
  }
}
