// Every issue the loader raises on broken scenarios (hand-written ones aimed at each message, and
// mutants of the built-in scenarios from the fuzzer) carries a code, and reads in Chinese.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, parseScenarioText, renderIssue, type Issue, type MessageCode } from '../../../sim/scenario/index.ts';
import { englishIn, hasChinese, paramTokens } from '../../fixtures/chinese-text.ts';
import { scenarioMutant } from '../../fuzz/targets.ts';
import { BROKEN, LONG_CHAIN, reader, type BrokenScenario } from './messageCorpus.ts';
import { DECIDE_EN } from '../../../sim/scenario/messages/decide.ts';
import { RUN_EN } from '../../../sim/scenario/messages/run.ts';

/** Codes no scenario file reaches: the workbench worker's own failure, run-time formula errors, lessons. */
const NOT_FROM_FILES = new Set<MessageCode>(['validation.failed', 'schema.other', 'formula.problem', 'formula.failsOnDay']);

function issuesOf(b: BrokenScenario): Issue[] {
  const r = parseScenarioText(b.text, { fileName: b.fileName ?? 'broken.yaml', readText: b.noReader ? undefined : reader(b.files), forecasters: b.forecasters });
  return r.ok ? r.warnings : r.issues;
}

/** What is wrong with an issue's Chinese rendering, if anything. */
function chineseProblem(issue: Issue): string | null {
  const zh = renderIssue(issue, 'zh');
  const left = englishIn(zh, [...paramTokens(issue.params), ...paramTokens(issue.path), ...paramTokens(issue.file ?? '')]);
  if (!hasChinese(zh) || left.length > 0) return `${issue.code} at ${issue.path}: ${zh} (English: ${left.join(' ')})`;
  return null;
}

describe('the loader on broken scenarios', () => {
  const issues = [...BROKEN, LONG_CHAIN].map(issuesOf);

  it('finds a problem in every broken scenario', () => {
    expect(issues.map((list, i) => (list.length === 0 ? i : -1)).filter((i) => i >= 0)).toEqual([]);
  });

  it('gives every issue a code of the catalogue, and reaches every code a scenario file can cause', () => {
    const all = issues.flat();
    expect(all.filter((i) => !MESSAGE_CODES.includes(i.code))).toEqual([]);
    const reached = new Set(all.map((i) => i.code));
    // A run's, a lever's and the decision layer's codes come after loading, never from a file.
    const afterLoading = (c: string) => Object.hasOwn(RUN_EN, c) || Object.hasOwn(DECIDE_EN, c);
    const missed = MESSAGE_CODES.filter((c) => !reached.has(c) && !NOT_FROM_FILES.has(c) && !c.startsWith('lesson.') && !afterLoading(c));
    expect(missed).toEqual([]);
  });

  it('renders every issue in Chinese without English words', () => {
    if (process.env.SHOW_ZH) for (const i of issues.flat()) console.log(`${i.code}\n  ${i.message}\n  ${renderIssue(i, 'zh')}`);
    expect(issues.flat().map(chineseProblem).filter((p) => p !== null)).toEqual([]);
  });

  it('renders issues of mutated built-in scenarios in Chinese too', () => {
    const mutants = fc.sample(scenarioMutant, { numRuns: 60, seed: 20261127 });
    const found = mutants.flatMap((text) => issuesOf({ text }));
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((i) => !MESSAGE_CODES.includes(i.code))).toEqual([]);
    expect(found.map(chineseProblem).filter((p) => p !== null)).toEqual([]);
  });
});
