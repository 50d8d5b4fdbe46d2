// Every shipped lesson loads in both languages and plays headlessly on the real engine and models.
import { describe, expect, it } from 'vitest';
import { leverDefaults, loadLesson, reveal, runLessonStep, type Lesson, type LessonInputs, type Reveal } from '../../lessons/index.ts';
import { lessonIdsOnDisk, readLessonSources, readRepoScenario } from '../../lessons/node.ts';

/** Plays a lesson: answers each prediction with `answer`, runs each run step, reveals. */
async function play(lesson: Lesson, answer: (step: Extract<Lesson['file']['steps'][number], { kind: 'predict' }>) => number | string) {
  const inputs: LessonInputs = { predictions: {}, levers: {} };
  const measures: Record<string, number> = {};
  const reveals: Reveal[] = [];
  for (const step of lesson.file.steps) {
    if (step.kind === 'predict') inputs.predictions[step.id] = answer(step);
    if (step.kind === 'run') Object.assign(measures, (await runLessonStep(step, inputs, readRepoScenario, measures)).measures);
    if (step.kind === 'reveal') {
      const predict = lesson.file.steps.find((s) => s.kind === 'predict' && s.id === step.prediction) as Extract<Lesson['file']['steps'][number], { kind: 'predict' }>;
      reveals.push(reveal(predict, inputs.predictions[step.prediction], measures[step.measure]));
    }
  }
  return { measures, reveals };
}

const midpoint = (s: Extract<Lesson['file']['steps'][number], { kind: 'predict' }>) =>
  s.answer.type === 'number' ? (s.answer.min + s.answer.max) / 2 : s.answer.choices[0].id;

const ids = lessonIdsOnDisk();
const played = new Map<string, Awaited<ReturnType<typeof play>>>();
/** A lesson played once with midpoint answers (each engine run is real, so each plays once). */
async function playedWithMidpoints(id: string) {
  if (!played.has(id)) played.set(id, await play(loaded.get(id)!, midpoint));
  return played.get(id)!;
}
const loaded = new Map<string, Lesson>();
for (const id of ids) {
  const r = loadLesson(readLessonSources(id));
  if (r.ok) loaded.set(id, r.lesson);
}

describe('the shipped lessons', () => {
  it('are at least seven, and each loads without a problem', async () => {
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids) {
      const r = loadLesson(readLessonSources(id));
      expect(r.ok ? [] : r.issues.map((i) => `${i.file}:${i.line}: ${i.path}: ${i.message}`)).toEqual([]);
    }
  });

  it('each have a title and every section in English and Chinese', async () => {
    for (const lesson of loaded.values()) {
      expect(lesson.text.en.title).not.toBe('');
      expect(lesson.text.zh.title).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(lesson.text.zh.sections).sort()).toEqual(Object.keys(lesson.text.en.sections).sort());
    }
  });

  for (const id of ids) {
    it(`${id} plays headlessly and computes every reveal`, { timeout: 60_000 }, async () => {
      const { measures, reveals } = await playedWithMidpoints(id);
      expect(reveals.length).toBeGreaterThan(0);
      for (const r of reveals) expect(Number.isFinite(r.result)).toBe(true);
      for (const v of Object.values(measures)) expect(Number.isNaN(v)).toBe(false);
    });
  }
});

describe('what the lessons show', () => {
  it('the funnel converts a few percent of visits, losing most at add to cart', async () => {
    const { measures: m } = await playedWithMidpoints('funnel');
    expect(m.conversion).toBeGreaterThan(0.5);
    expect(m.conversion).toBeLessThan(10);
    expect(m['cart-rate']).toBeLessThan(m['view-rate']);
    // The KPI averages each replication's rate; the stage shares use totals, so they agree to rounding.
    expect(m['view-rate'] * m['cart-rate'] * m['checkout-rate'] / 1e4).toBeCloseTo(m.conversion, 2);
  });

  it('a permanent discount lifts orders at first and loses its lift later', async () => {
    const { measures: m } = await playedWithMidpoints('reference-price');
    expect(m['early-uplift']).toBeGreaterThan(5);
    expect(m['late-uplift']).toBeLessThan(m['early-uplift'] - 10);
  });

  it('the newsvendor judges the learner\'s own order against the critical-ratio formula', async () => {
    const mean = (await play(loaded.get('newsvendor')!, () => 1000)).measures;
    expect(mean['critical-ratio']).toBeCloseTo(200 / 3, 6);
    expect(mean['best-order']).toBeGreaterThan(1100);
    expect(mean['best-order']).toBeLessThan(1150);
    expect(mean['profit-gap']).toBeGreaterThan(0);
    const best = (await play(loaded.get('newsvendor')!, () => Math.round(mean['best-order']))).measures;
    expect(best['profit-gap']).toBeLessThan(0.05);
  });

  it('a variable lead time needs about three times the safety stock, and loses more sales at the same reorder point', async () => {
    const { measures: m } = await playedWithMidpoints('safety-stock');
    expect(m.factor).toBeCloseTo(Math.sqrt(639 / 63), 6);
    expect(m['lost-erratic']).toBeGreaterThan(m['lost-steady']);
  });

  it('doubling paid search buys well under double the clicks, and a burst leaves a tail with carry-over', async () => {
    const { measures: m } = await playedWithMidpoints('marketing-budget');
    expect(m['clicks-gain']).toBeGreaterThan(10);
    expect(m['clicks-gain']).toBeLessThan(90);
    expect(m['carry-share']).toBeGreaterThan(5);
  });

  it('without the capacity upgrade Double 11 delivers later, with a larger backlog and more complaints', async () => {
    const { measures: m } = await playedWithMidpoints('double11-capacity');
    expect(m['on-time-today']).toBeLessThan(m['on-time-upgraded']);
    expect(m['backlog-today']).toBeGreaterThan(m['backlog-upgraded']);
    expect(m['complaints-today']).toBeGreaterThan(m['complaints-upgraded']);
  });

  it('the Beer Game amplifies demand variance upstream and the people\'s rule costs more than base stock', async () => {
    const { measures: m } = await playedWithMidpoints('bullwhip');
    expect(m['factory-var']).toBeGreaterThan(m['distributor-var']);
    expect(m['distributor-var']).toBeGreaterThan(m['wholesaler-var']);
    expect(m['wholesaler-var']).toBeGreaterThan(m['retailer-var']);
    expect(m['people-cost']).toBeGreaterThan(5 * m['base-stock-cost']);
  });
});

describe('levers', () => {
  it('start from the scenario\'s values, and the learner\'s value changes the run that takes levers', async () => {
    const lesson = loaded.get('marketing-budget')!;
    const step = lesson.file.steps.find((s) => s.kind === 'run')!;
    if (step.kind !== 'run') throw new Error('no run step');
    expect(leverDefaults(step, readRepoScenario)).toEqual({ 'channels.paid_search.budgetPerDayCny': 3000, 'channels.social.budgetPerDayCny': 1500 });
    const half = await runLessonStep(step, { predictions: { 'clicks-gain': 50 }, levers: { 'channels.paid_search.budgetPerDayCny': 1500 } }, readRepoScenario);
    expect(half.measures['clicks-yours']).toBeLessThan(half.measures['clicks-today']);
    expect(half.measures['clicks-yours']).toBeGreaterThan(0.4 * half.measures['clicks-today']);
  });
});
