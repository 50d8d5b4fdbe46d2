// Reads scenario files from disk for the CLI: the pure loader gets a file reader, and its
// issues come back formatted with paths relative to the working directory.
import { isAbsolute, relative, resolve } from 'node:path';
import { decodeScenarioBytes, formatIssueIn, type Issue, SCENARIO_FILE_LIMITS, loadScenario, type Scenario } from '../sim/index.ts';
import { replenishmentForecasterNames } from '../models/light.ts';
import { ScenarioFileError } from './errors.ts';
import type { CliIO } from './io.ts';
import { cliText, type CliLang } from './lang.ts';
import { readBoundedFile } from './read-file.ts';

/**
 * Reads a scenario file as text, within the scenario file limits (UTF-8 or UTF-16; folders,
 * devices, binary and oversized files refused). Throws when it cannot; the loader turns that into an issue.
 */
export function readText(absPath: string): string {
  const decoded = decodeScenarioBytes(readBoundedFile(absPath, SCENARIO_FILE_LIMITS.maxBytes));
  if (!decoded.ok) throw Object.assign(new Error(decoded.message.message), { coded: decoded.message });
  return decoded.text;
}

/** An issue in `lang` (severity and message) with its file shown relative to `cwd` when it lies below it. */
export function displayIssue(issue: Issue, cwd: string, lang: CliLang = 'en'): string {
  let file = issue.file;
  if (file && isAbsolute(file)) {
    const rel = relative(cwd, file);
    if (!rel.startsWith('..') && !isAbsolute(rel)) file = rel;
  }
  return `${cliText(lang, issue.severity === 'error' ? 'issue.error' : 'issue.warning')}${lang === 'zh' ? '：' : ': '}${formatIssueIn({ ...issue, file }, lang)}`;
}

/** Every issue of loading `file`, errors and warnings, and the scenario when it loaded. */
export function checkScenarioFile(file: string, cwd: string): { scenario?: Scenario; issues: Issue[] } {
  const result = loadScenario(resolve(cwd, file), readText, { forecasters: replenishmentForecasterNames() });
  return result.ok ? { scenario: result.scenario, issues: result.warnings } : { issues: result.issues };
}

/**
 * Loads and validates a scenario file; prints its warnings on stderr in the CLI's language.
 * Throws ScenarioFileError listing every issue (exit 2) when it does not load.
 */
export function loadScenarioFile(file: string, io: CliIO): Scenario {
  const { scenario, issues } = checkScenarioFile(file, io.cwd);
  if (!scenario) {
    const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    throw new ScenarioFileError(sorted.map((i) => displayIssue(i, io.cwd, io.lang)));
  }
  for (const w of issues) io.stderr(`${displayIssue(w, io.cwd, io.lang)}\n`);
  return scenario;
}
