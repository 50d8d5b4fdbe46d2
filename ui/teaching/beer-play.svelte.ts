// A learner's Beer Game: pick a role, order week by week against the computer's rule at the
// other stages, then the debrief's numbers.
import {
  BEER_ROLES,
  BeerGame,
  MAX_ORDER_CASES,
  STERMAN_BOARD,
  chainCost,
  costByStage,
  optimalBaseStock,
  stageDesk,
  type BeerDesk,
  type BeerGameHistory,
  type BeerRole,
} from '../../sim/light.ts';

export class BeerPlay {
  role = $state<BeerRole | null>(null);
  /** The recorded game, replaced after every week (a copy, so Svelte sees the change). */
  history = $state.raw<BeerGameHistory | null>(null);
  error = $state('');
  private game: BeerGame | null = null;

  get weeks(): number {
    return STERMAN_BOARD.weeks;
  }

  get finished(): boolean {
    return this.history !== null && this.history.week >= this.weeks;
  }

  start(role: BeerRole): void {
    this.role = role;
    this.game = new BeerGame(STERMAN_BOARD);
    this.error = '';
    this.snapshot();
  }

  reset(): void {
    this.role = null;
    this.game = null;
    this.history = null;
    this.error = '';
  }

  /** Places the learner's order for this week; false (with `error` set) when it is not valid. */
  order(text: string): boolean {
    if (!this.game || !this.role || this.finished) return false;
    const cases = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(cases) || cases > MAX_ORDER_CASES) {
      this.error = 'badOrder';
      return false;
    }
    this.error = '';
    this.game.step({ [this.role]: cases });
    this.snapshot();
    return true;
  }

  /** The learner's stage as of the last week played (the start state before week 1). */
  get desk(): BeerDesk | null {
    return this.history && this.role ? stageDesk(this.history, this.role) : null;
  }

  /** Costs for the debrief: the learner's stage, the chain, and the best base-stock chain. */
  get costs(): { byStage: Record<BeerRole, number>; chain: number; baseStock: number } | null {
    if (!this.history || !this.finished) return null;
    return { byStage: costByStage(this.history), chain: chainCost(this.history), baseStock: optimalBaseStock(STERMAN_BOARD).cost };
  }

  private snapshot(): void {
    if (this.game) this.history = structuredClone(this.game.record);
  }
}

export { BEER_ROLES };
