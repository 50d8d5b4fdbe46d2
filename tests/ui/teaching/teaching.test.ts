// Pure parts of the lessons view: the safe Markdown subset, lesson links, the bundled catalogue
// and the Beer Game chart layers.
import { describe, expect, it } from 'vitest';
import { renderLessonMarkdown } from '../../../ui/teaching/markdown.ts';
import { loadCatalog, lessonLang } from '../../../ui/teaching/catalog.ts';
import { beerStageLayers, cumulative, youVsRuleLayers } from '../../../ui/teaching/charts.ts';
import { playBeerGame } from '../../../sim/beergame/index.ts';

describe('lesson Markdown', () => {
  it('renders paragraphs, lists, bold and code', () => {
    expect(renderLessonMarkdown('A **bold** `x`\nline two\n\n- one\n- two')).toBe('<p>A <strong>bold</strong> <code>x</code> line two</p><ul><li>one</li><li>two</li></ul>');
  });

  it('escapes any HTML a lesson contains', () => {
    expect(renderLessonMarkdown('<img src=x onerror="alert(1)">')).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
  });
});

describe('the bundled lesson catalogue', () => {
  it('loads every lesson in teaching order, with no problems', () => {
    const c = loadCatalog();
    expect(c.problems).toEqual([]);
    expect(c.lessons.map((l) => l.id).slice(0, 3)).toEqual(['funnel', 'reference-price', 'marketing-budget']);
    expect(c.lessons.length).toBeGreaterThanOrEqual(7);
  });

  it('reports a broken lesson instead of hiding it silently', () => {
    const c = loadCatalog({ '../../lessons/x/lesson.yaml': 'concept: x\nsteps: []\n', '../../lessons/x/en.md': '# X\n', '../../lessons/x/zh.md': '# X\n' });
    expect(c.lessons).toEqual([]);
    expect(c.problems[0].id).toBe('x');
    expect(c.problems[0].message).toContain('lessons/x/lesson.yaml');
  });

  it('shows lessons in Chinese for the Chinese locale', () => {
    expect(lessonLang('zh-CN')).toBe('zh');
    expect(lessonLang('en')).toBe('en');
  });
});

describe('Beer Game chart layers', () => {
  const h = playBeerGame();
  it('draw one line per stage, with cumulative cost ending at the stage total', () => {
    const layers = beerStageLayers(h, 'cost', (r) => r);
    expect(layers.map((l) => l.label)).toEqual(['retailer', 'wholesaler', 'distributor', 'factory']);
    const retailer = layers[0].mean as number[];
    expect(retailer[35]).toBe(h.stages.retailer.costPerWeek.reduce((a, b) => a + b, 0));
    expect(cumulative([1, 2, 3])).toEqual([1, 3, 6]);
  });

  it('set the learner\'s orders against the rule\'s and customer demand', () => {
    const layers = youVsRuleLayers(h, 'distributor', { you: 'You', rule: 'Rule', demand: 'Demand' });
    expect(layers[0].mean).toBe(h.stages.distributor.orders);
    expect(layers[1].mean).toBe(h.stages.distributor.ruleOrders);
    expect(layers[2].mean).toBe(h.customerDemand);
  });
});
