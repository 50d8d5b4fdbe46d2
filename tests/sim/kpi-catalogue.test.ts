import { describe, expect, it } from 'vitest';
import { KPI_CATALOGUE, defineKpi } from '../../sim/kpi-catalogue.ts';
import { KPIS } from '../../sim/result.ts';
import { en } from '../../ui/i18n/en.ts';
import { zh } from '../../ui/i18n/zh.ts';

describe('the KPI catalogue', () => {
  it('describes every KPI of KPIS, in the same order, under its own name', () => {
    expect(Object.keys(KPI_CATALOGUE)).toEqual([...KPIS]);
    for (const k of KPIS) expect(KPI_CATALOGUE[k].name).toBe(k);
  });

  it('formats money KPIs as money and fractions as percent', () => {
    for (const spec of Object.values(KPI_CATALOGUE)) {
      if (spec.unit.startsWith('CNY')) expect(spec.format, spec.name).toBe('money');
      if (spec.unit === 'fraction') expect(spec.format, spec.name).toBe('percent');
      if (spec.name.endsWith('Cny')) expect(spec.unit, spec.name).toMatch(/^CNY/);
    }
  });

  it('gives every KPI a label in English and Chinese, and a terminal label', () => {
    for (const spec of Object.values(KPI_CATALOGUE)) {
      expect(spec.labelKey).toBe(`kpi.${spec.name}`);
      expect(en[spec.labelKey], spec.labelKey).toBeTruthy();
      expect(zh[spec.labelKey], spec.labelKey).toBeTruthy();
      expect(spec.label.length).toBeGreaterThan(1);
    }
  });

  it('describes KPIs outside KPIS the same way', () => {
    expect(defineKpi('profitAtRiskCny', 'CNY', 'higher', 'money', 'Profit at risk')).toEqual({
      name: 'profitAtRiskCny',
      unit: 'CNY',
      direction: 'higher',
      format: 'money',
      label: 'Profit at risk',
      labelKey: 'kpi.profitAtRiskCny',
    });
  });
});
