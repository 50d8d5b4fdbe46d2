// `shoplab validate FILE …`: lists every problem in scenario files (errors and warnings, with
// file:line:col); exit 2 when any file has an error, else "OK".
import { flagBoolean, parseArgs } from '../args.ts';
import { EXIT, type CommandMain } from '../io.ts';
import { cliText, plural, type CliLang } from '../lang.ts';
import { oneFileError } from '../options.ts';
import { checkScenarioFile, displayIssue } from '../scenario-file.ts';

/** The `--help` text in `lang`. */
export function validateHelp(lang: CliLang): string {
  return cliText(lang, 'validate.help');
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { help: 'boolean', h: 'boolean' });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(validateHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw oneFileError('validate', 'shoplab validate FILE', []);
  let failed = false;
  for (const file of parsed.positional) {
    const { scenario, issues } = checkScenarioFile(file, io.cwd);
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    for (const issue of [...errors, ...warnings]) io.stderr(`${displayIssue(issue, io.cwd, lang)}\n`);
    if (scenario && errors.length === 0) {
      const count = warnings.length;
      io.stdout(cliText(lang, 'validate.ok', { file, warnings: count > 0 ? cliText(lang, 'validate.warnings', { count, s: plural(count) }) : '' }));
    } else {
      failed = true;
      const n = Math.max(errors.length, 1);
      const count = warnings.length;
      io.stderr(cliText(lang, 'validate.failed', { file, errors: n, es: plural(n), warnings: count > 0 ? cliText(lang, 'validate.andWarnings', { count, s: plural(count) }) : '' }));
    }
  }
  return failed ? EXIT.badInput : EXIT.ok;
};
