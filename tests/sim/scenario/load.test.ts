import { describe, expect, it, vi } from 'vitest';
import { formatIssue, loadScenario, parseScenarioText, ScenarioSchema, validateScenario, type Issue, type LoadResult } from '../../../sim/scenario/index.ts';
import { lines, memoryFiles } from './memoryFiles.ts';

const issuesOf = (r: LoadResult): Issue[] => {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
};
const only = (r: LoadResult): Issue => {
  const issues = issuesOf(r);
  expect(issues).toHaveLength(1);
  return issues[0];
};

describe('parseScenarioText', () => {
  it('accepts an empty mapping and gives exactly the schema defaults', () => {
    const r = parseScenarioText('{}', { fileName: 'empty.yaml' });
    expect(r).toEqual({ ok: true, scenario: ScenarioSchema.parse({}), warnings: [] });
  });

  it('treats an empty file or one with only comments as the default shop', () => {
    for (const text of ['', '# nothing here yet\n']) {
      const r = parseScenarioText(text, { fileName: 'blank.yaml' });
      expect(r.ok && r.scenario).toEqual(ScenarioSchema.parse({}));
    }
  });

  it('changes only what a three-line file names', () => {
    const r = parseScenarioText(lines('name: Lean test', 'days: 90', 'fulfilment: {capacityOrdersPerDay: 800}'), { fileName: 'lean.yaml' });
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const defaults = ScenarioSchema.parse({});
    expect(r.scenario.name).toBe('Lean test');
    expect(r.scenario.days).toBe(90);
    expect(r.scenario.fulfilment.capacityOrdersPerDay).toBe(800);
    expect({ ...r.scenario, name: defaults.name, days: defaults.days, fulfilment: defaults.fulfilment }).toEqual(defaults);
    expect(r.scenario.fulfilment).toEqual({ ...defaults.fulfilment, capacityOrdersPerDay: 800 });
  });

  it('reports a wrong type with the value quoted, what was expected, and the line and column', () => {
    const text = lines('name: Budget typo', 'channels:', '  paid:', '    budgetPerDayCny: 300', '    costPerClickCny: abc');
    const issue = only(parseScenarioText(text, { fileName: 'shop.yaml' }));
    expect(issue).toEqual({
      path: 'channels.paid.costPerClickCny',
      message: 'expected a number > 0 and ≤ 10000, got "abc"',
      file: 'shop.yaml',
      line: 5,
      column: 22,
      severity: 'error',
      code: 'schema.wrongValue',
      params: expect.objectContaining({ got: { kind: 'literal', text: '"abc"' } }),
    });
    expect(formatIssue(issue)).toBe('shop.yaml:5:22: channels.paid.costPerClickCny: expected a number > 0 and ≤ 10000, got "abc"');
  });

  it('says a whole number is expected where the schema wants an integer', () => {
    const issue = only(parseScenarioText('days: 30.5\n', { fileName: 's.yaml' }));
    expect(formatIssue(issue)).toBe('s.yaml:1:7: days: expected a whole number from 1 to 3650, got 30.5');
  });

  it('suggests the closest valid key for an unknown key and points at the key', () => {
    const issue = only(parseScenarioText(lines('name: x', 'popualtion:', '  size: 1000'), { fileName: 's.yaml' }));
    expect(formatIssue(issue)).toBe('s.yaml:2:1: popualtion: unknown key; did you mean "population"?');
  });

  it('suggests keys inside nested mappings and enum values by edit distance', () => {
    const text = lines('skus:', '  tee:', '    listPrice: 79', '    replenishment:', '      policy: Ss');
    const messages = issuesOf(parseScenarioText(text, { fileName: 's.yaml' })).map(formatIssue);
    expect(messages).toEqual([
      's.yaml:3:5: skus.tee.listPrice: unknown key; did you mean "listPriceCny"?',
      's.yaml:5:15: skus.tee.replenishment.policy: expected one of "none", "sS", "RS", "forecast", got "Ss"; did you mean "sS"?',
    ]);
  });

  it('lists the valid keys when nothing is close to an unknown key', () => {
    const issue = only(parseScenarioText('funnel: {zzzzzzzz: 1}\n', { fileName: 's.yaml' }));
    expect(issue.message).toBe('unknown key; valid keys here: productViewRate, addToCartRate, checkoutRate, pageQuality');
  });

  it('names a missing required field and points at the entry that lacks it', () => {
    const text = lines('promotions:', '  spring:', '    type: discount', '    startDay: 10', '    endDay: 20');
    const issue = only(parseScenarioText(text, { fileName: 's.yaml' }));
    expect(formatIssue(issue)).toBe('s.yaml:2:3: promotions.spring.pct: missing; expected a number from 0 to 0.95');
  });

  it('suggests a promotion type for a misspelt one', () => {
    const issue = only(parseScenarioText('promotions: {a: {type: flashsale, startDay: 1, endDay: 2, pct: 0.3}}\n', { fileName: 's.yaml' }));
    expect(issue.path).toBe('promotions.a.type');
    expect(issue.message).toBe('expected one of "discount", "tieredCoupon", "spendSave", "flashSale", "presale", "gift", got "flashsale"; did you mean "flashSale"?');
  });

  it('explains that a negative lead time is not allowed', () => {
    const issue = only(parseScenarioText(lines('skus:', '  tee:', '    replenishment: {leadTimeDays: -2}'), { fileName: 's.yaml' }));
    expect(formatIssue(issue)).toBe('s.yaml:3:35: skus.tee.replenishment.leadTimeDays: expected a number from 0 to 3650, got -2');
  });

  it('says what an id-keyed mapping holds when something else is written', () => {
    const messages = issuesOf(parseScenarioText(lines('channels: paid', 'skus: {tee: 5}'), { fileName: 's.yaml' })).map(formatIssue);
    expect(messages).toEqual([
      's.yaml:1:11: channels: expected a mapping of channel ids to channel settings, got "paid"',
      's.yaml:2:13: skus.tee: expected a mapping of fields (name, listPriceCny, unitCostCny, …), got 5',
    ]);
  });

  it('explains a bad date', () => {
    const issue = only(parseScenarioText('startDate: 2026-13-01\n', { fileName: 's.yaml' }));
    expect(issue.message).toBe('expected a date written YYYY-MM-DD, got "2026-13-01"');
  });

  it('reports every problem in the file, in file order, not just the first', () => {
    const text = lines('seed: -1', 'days: 0', 'funnel:', '  checkoutRate: 1.5', 'pricing: {shippingFee: 8}');
    const messages = issuesOf(parseScenarioText(text, { fileName: 's.yaml' })).map(formatIssue);
    expect(messages).toEqual([
      's.yaml:1:7: seed: expected a whole number ≥ 0, got -1',
      's.yaml:2:7: days: expected a whole number from 1 to 3650, got 0',
      's.yaml:4:17: funnel.checkoutRate: expected a number from 0 to 1, got 1.5',
      's.yaml:5:11: pricing.shippingFee: unknown key; did you mean "shippingFeeCny"?',
    ]);
  });

  it('never shows zod\'s own wording', () => {
    const text = lines('seed: x', 'days: [1]', 'omnichannel: {stockSync: maybe}', 'population: {segments: {vip: {share: 2}}}');
    for (const issue of issuesOf(parseScenarioText(text, { fileName: 's.yaml' }))) {
      expect(issue.message).not.toMatch(/Invalid input|received|Too (big|small)|Unrecognized/);
      expect(issue.message).toMatch(/^expected /);
    }
  });

  it('reports a YAML syntax error once, with its position and without the code frame', () => {
    const issue = only(parseScenarioText(lines('name: x', 'channels:', '  paid: {budgetPerDayCny: 10', 'days: 3'), { fileName: 'bad.yaml' }));
    expect(issue.file).toBe('bad.yaml');
    expect(issue.line).toBe(4);
    expect(issue.column).toBe(1);
    expect(issue.message).toMatch(/^not valid YAML: /);
    expect(issue.message).not.toContain('\n');
  });

  it('explains tabs used as indentation', () => {
    const issue = only(parseScenarioText('funnel:\n\tcheckoutRate: 0.5\n', { fileName: 'tabs.yaml' }));
    expect(formatIssue(issue)).toMatch(/^tabs\.yaml:2:1: not valid YAML: a tab is used for indentation; indent with spaces/);
  });

  it('refuses text that is not YAML at all', () => {
    const issue = only(parseScenarioText('This shop: sells: shirts\n', { fileName: 'notes.txt' }));
    expect(formatIssue(issue)).toBe(
      'notes.txt:1:12: not valid YAML: a "key: value" pair is nested where it cannot be (check the indentation; quote text that contains ": ") (Nested mappings are not allowed in compact mappings)',
    );
  });

  it('explains a key written twice and a second YAML document', () => {
    expect(formatIssue(only(parseScenarioText(lines('days: 3', 'days: 4'), { fileName: 'd.yaml' })))).toBe(
      'd.yaml:2:1: not valid YAML: the same key appears twice in one mapping ("days")',
    );
    expect(formatIssue(only(parseScenarioText(lines('days: 3', '---', 'seed: 4'), { fileName: 'd.yaml' })))).toBe(
      'd.yaml:2:1: not valid YAML: the file holds more than one YAML document (a "---" line starts another); a scenario is one document',
    );
  });

  it('locates an alias whose anchor is not defined', () => {
    expect(formatIssue(only(parseScenarioText(lines('name: x', 'channels:', '  a: *paid'), { fileName: 'a.yaml' })))).toBe(
      'a.yaml:3:6: not valid YAML: *paid refers to an anchor &paid that is not defined before it',
    );
  });

  it('refuses plain prose whose top level is not a mapping', () => {
    const issue = only(parseScenarioText('just some words\n', { fileName: 'notes.txt' }));
    expect(issue.message).toBe('the top level must be a mapping of scenario fields (such as "name:" and "days:"), got "just some words"');
  });

  it('refuses a file whose top level is a list', () => {
    const issue = only(parseScenarioText(lines('- name: a', '- name: b'), { fileName: 'list.yaml' }));
    expect(formatIssue(issue)).toBe('list.yaml:1:1: the top level must be a mapping of scenario fields (such as "name:" and "days:"), got a list of 2');
  });

  it('reads JSON and gives its issues line and column', () => {
    const text = '{\n  "name": "From JSON",\n  "funnel": {\n    "addToCartRate": "high"\n  }\n}\n';
    const issue = only(parseScenarioText(text, { fileName: 'shop.json' }));
    expect(formatIssue(issue)).toBe('shop.json:4:22: funnel.addToCartRate: expected a number from 0 to 1, got "high"');
    const ok = parseScenarioText(text.replace('"high"', '0.2'), { fileName: 'shop.json' });
    expect(ok.ok && ok.scenario.funnel.addToCartRate).toBe(0.2);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const issue = only(parseScenarioText('{\n  "days": 30,\n}\n', { fileName: 'trailing.json' }));
    expect(formatIssue(issue)).toBe('trailing.json:3:1: not valid JSON: Expected double-quoted property name');
  });

  it('reads the line and column from a browser that words JSON errors differently', () => {
    const spy = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data');
    });
    try {
      const issue = only(parseScenarioText('{\n  "days": 30,\n}\n', { fileName: 'ff.json' }));
      expect(formatIssue(issue)).toBe('ff.json:3:1: not valid JSON: Expected double-quoted property name');
    } finally {
      spy.mockRestore();
    }
  });

  it('treats an empty JSON file like an empty YAML file', () => {
    const r = parseScenarioText('\n', { fileName: 'empty.json' });
    expect(r.ok && r.scenario).toEqual(ScenarioSchema.parse({}));
  });

  it('sniffs JSON when the file name says nothing', () => {
    const r = parseScenarioText('{"days": 12}');
    expect(r.ok && r.scenario.days).toBe(12);
  });

  it('ignores a top-level $schema key written for editors', () => {
    const r = parseScenarioText('{"$schema": "./scenario.schema.json", "days": 7}', { fileName: 'a.json' });
    expect(r.ok && r.scenario.days).toBe(7);
  });

  it('gives positions as "line L:C" when the text has no file name', () => {
    const issue = only(parseScenarioText('days: -3\n'));
    expect(formatIssue(issue)).toBe('line 1:7: days: expected a whole number from 1 to 3650, got -3');
  });
});

describe('loadScenario', () => {
  it('reads the file through the injected reader', () => {
    const files = memoryFiles({ 'shops/a.yaml': 'name: A\ndays: 30\n' });
    const r = loadScenario('shops/a.yaml', files);
    expect(r.ok && [r.scenario.name, r.scenario.days]).toEqual(['A', 30]);
    expect(files.reads).toEqual(['shops/a.yaml']);
  });

  it('says "file not found" for a file that does not exist', () => {
    const issue = only(loadScenario('shops/missing.yaml', memoryFiles({})));
    expect(formatIssue(issue)).toBe('shops/missing.yaml: file not found: shops/missing.yaml');
  });

  it('passes on the reader\'s reason for other read failures', () => {
    const issue = only(
      loadScenario('locked.yaml', () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }),
    );
    expect(issue.message).toBe('cannot read locked.yaml: EACCES: permission denied');
  });
});

describe('validateScenario', () => {
  it('does not modify the object it is given and returns a new one', () => {
    const input = { name: 'Frozen', channels: { paid_search: { budgetPerDayCny: 100 } }, skus: { tee: { listPriceCny: 50 } } };
    const snapshot = structuredClone(input);
    const deepFreeze = (o: object): object => {
      for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
      return Object.freeze(o);
    };
    deepFreeze(input);
    const r = validateScenario(input);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(input).toEqual(snapshot);
    expect(r.scenario.skus.tee).not.toBe(input.skus.tee);
    expect(r.scenario.skus.tee.listPriceCny).toBe(50);
    expect(r.scenario.skus.tee.unitCostCny).toBe(55);
  });

  it('checks data with the same messages as a file, without positions', () => {
    const issue = only(validateScenario({ funnel: { checkoutRate: 'half' } }));
    expect(issue).toEqual({ path: 'funnel.checkoutRate', message: 'expected a number from 0 to 1, got "half"', severity: 'error', code: 'schema.wrongValue', params: expect.any(Object) });
  });
});

describe('keys written at the wrong level', () => {
  const messages = (text: string) => issuesOf(parseScenarioText(text, { fileName: 's.yaml' })).map(formatIssue);

  it('points a key that belongs deeper to its place', () => {
    expect(messages('skus: {tee: {leadTimeDays: 3}}\n')).toEqual([
      's.yaml:1:14: skus.tee.leadTimeDays: unknown key; "leadTimeDays" belongs at skus.tee.replenishment.leadTimeDays',
    ]);
  });

  it('points a key that belongs in another section to its place', () => {
    expect(messages('capacityOrdersPerDay: 3000\n')).toEqual([
      's.yaml:1:1: capacityOrdersPerDay: unknown key; "capacityOrdersPerDay" belongs at fulfilment.capacityOrdersPerDay',
    ]);
    expect(messages('skus: {tee: {replenishment: {listPriceCny: 5}}}\n')).toEqual([
      's.yaml:1:30: skus.tee.replenishment.listPriceCny: unknown key; "listPriceCny" belongs at skus.tee.listPriceCny',
    ]);
  });

  it('explains a setting written where an id belongs', () => {
    expect(messages('channels: {budgetPerDayCny: 100}\n')).toEqual([
      's.yaml:1:29: channels.budgetPerDayCny: expected a mapping of fields (kind, budgetPerDayCny, costPerClickCny, …), got 100; "budgetPerDayCny" is a setting of each entry here: write it under an id (channels.<id>.budgetPerDayCny)',
    ]);
  });
});
