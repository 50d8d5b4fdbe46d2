import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { differingFields, setLeverInText } from '../../../ui/editor/yaml-edit.ts';

describe('writing a lever into scenario text', () => {
  it('changes only the field and keeps the comments', () => {
    const text = '# my shop\nname: Shop # the name\nchannels:\n  paid:\n    kind: paid\n    budgetPerDayCny: 1000 # CNY/day\n';
    const resolved = ScenarioSchema.parse(parse(text));
    const edit = setLeverInText(text, ['channels', 'paid', 'budgetPerDayCny'], 2500, resolved);
    expect(edit).toEqual({ ok: true, text: text.replace('1000', '2500') });
  });

  it('writes out defaulted channels in full so setting one keeps the others', () => {
    const text = 'name: Shop\n';
    const resolved = ScenarioSchema.parse(parse(text));
    const edit = setLeverInText(text, ['channels', 'social', 'budgetPerDayCny'], 999, resolved);
    if (!edit.ok) throw new Error(edit.reason);
    const reparsed = ScenarioSchema.parse(parse(edit.text));
    expect(Object.keys(reparsed.channels)).toEqual(Object.keys(resolved.channels));
    expect(reparsed.channels.social.budgetPerDayCny).toBe(999);
    expect(reparsed.channels.paid_search).toEqual(resolved.channels.paid_search);
    expect(reparsed.skus).toEqual(resolved.skus);
  });

  it('with extends, sets just the field unless asked to write the record out', () => {
    const text = 'extends: ./baseline.yaml\n';
    const resolved = ScenarioSchema.parse({});
    const plain = setLeverInText(text, ['skus', 'tee', 'listPriceCny'], 89, resolved);
    expect(plain.ok && parse(plain.text)).toEqual({ extends: './baseline.yaml', skus: { tee: { listPriceCny: 89 } } });
    const full = setLeverInText(text, ['skus', 'tee', 'listPriceCny'], 89, resolved, true);
    expect(full.ok && Object.keys(parse(full.text).skus)).toEqual(['tee', 'jeans', 'jacket']);
  });

  it('clears a nullable field with null', () => {
    const text = 'pricing:\n  freeShippingThresholdCny: 59\n';
    const edit = setLeverInText(text, ['pricing', 'freeShippingThresholdCny'], null, ScenarioSchema.parse(parse(text)));
    expect(edit.ok && parse(edit.text)).toEqual({ pricing: { freeShippingThresholdCny: null } });
  });

  it('leaves broken text alone and says why', () => {
    const edit = setLeverInText('name: [oops\n', ['days'], 30, ScenarioSchema.parse({}));
    expect(edit.ok).toBe(false);
    const list = setLeverInText('- a\n- b\n', ['days'], 30, ScenarioSchema.parse({}));
    expect(list).toEqual({ ok: false, reason: 'the top level is not a mapping' });
  });

  it('keeps only the fields that differ from an entry default', () => {
    expect(differingFields({ a: 1, b: { c: 2 }, d: undefined }, { a: 1, b: { c: 3 } })).toEqual({ b: { c: 2 } });
  });
});
