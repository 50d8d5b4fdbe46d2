// What the hub sends: the trainer's view of every team and a learner's view of their own team only
// (nothing of another team leaves the server). Costs come from sim/beergame's own sums.
import { BEER_ROLES, costByStage, stageDesk, type BeerGame, type BeerRole } from '../../sim/index.ts';
import type { ClassroomRoom } from './room.ts';
import { seated, type BeerSession } from './state.ts';
import type { LearnerView, LearnerWeek, OrderSource, SeatView, TeamHistory, TeamView, TrainerView } from './wire.ts';

/** Who placed each week's order at stage `role` of team `team`. */
function sources(s: BeerSession, team: number, role: BeerRole): OrderSource[] {
  return s.teams[team].weeks.map((w) => (w.orders[role] !== undefined ? 'learner' : w.filled.includes(role) ? 'filled' : 'rule'));
}

/** Team `team`'s weekly series by stage. */
export function teamHistory(s: BeerSession, team: number, game: BeerGame): TeamHistory {
  const h = game.record;
  const stages = Object.fromEntries(BEER_ROLES.map((r) => {
    const st = h.stages[r];
    return [r, { orders: [...st.orders], inventory: [...st.inventory], backlog: [...st.backlog], costPerWeek: [...st.costPerWeek], source: sources(s, team, r) }];
  })) as TeamHistory['stages'];
  return { week: h.week, customerDemand: [...h.customerDemand], stages };
}

function seats(s: BeerSession, team: number, connected: ReadonlySet<string>): SeatView[] {
  return BEER_ROLES.map((role) => {
    const l = seated(s, team, role);
    return { role, name: l?.name ?? null, connected: l ? connected.has(l.id) : false, ordered: s.teams[team].pending[role] !== undefined };
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The trainer's view; `connected` holds the ids of learners with an open connection, `joinUrls` the server's join links. */
export function trainerView(room: ClassroomRoom, connected: ReadonlySet<string>, joinUrls: readonly string[] = []): TrainerView {
  const s = room.beer;
  const teams: TeamView[] = room.teamGames.map((game, i) => {
    const byStage = costByStage(game.record);
    return { team: i + 1, week: game.week, finished: game.finished, seats: seats(s, i, connected), cost: sum(Object.values(byStage)), costByStage: byStage, history: teamHistory(s, i, game) };
  });
  const leaderboard = teams.map((t) => ({ team: t.team, week: t.week, cost: t.cost })).sort((a, b) => a.cost - b.cost || a.team - b.team);
  return { type: 'trainer-view', code: s.code, joinUrls: [...joinUrls], status: s.status, weeks: s.config.weeks, teams, leaderboard };
}

/** Learner `learnerId`'s view: their stage, their team's seats, and their team's history once it is over. */
export function learnerView(room: ClassroomRoom, learnerId: string, connected: ReadonlySet<string>): LearnerView {
  const s = room.beer;
  const me = room.learner(learnerId);
  if (!me) throw new Error(`no learner ${learnerId}`);
  const game = room.teamGames[me.team];
  const h = game.record;
  const st = h.stages[me.role];
  const source = sources(s, me.team, me.role);
  const history: LearnerWeek[] = st.orders.map((order, w) => ({
    week: w + 1, order, source: source[w], incomingOrder: st.incomingOrders[w], received: st.received[w], inventory: st.inventory[w], backlog: st.backlog[w], cost: st.costPerWeek[w],
  }));
  const over = game.finished || s.status === 'ended';
  return {
    type: 'learner-view',
    code: s.code,
    status: s.status,
    weeks: s.config.weeks,
    you: { id: me.id, name: me.name, team: me.team + 1, role: me.role },
    week: game.week,
    finished: game.finished,
    desk: stageDesk(h, me.role),
    pendingOrder: s.teams[me.team].pending[me.role] ?? null,
    history,
    seats: seats(s, me.team, connected),
    debrief: over ? teamHistory(s, me.team, game) : null,
  };
}
