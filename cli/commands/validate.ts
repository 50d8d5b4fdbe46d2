// `shoplab validate FILE …`: lists every problem in scenario files (errors and warnings, with
// file:line:col); exit 2 when any file has an error, else "OK".
import { flagBoolean, parseArgs } from '../args.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { checkScenarioFile, displayIssue } from '../scenario-file.ts';

const HELP = [
  'Usage: shoplab validate FILE [FILE …]',
  '',
  'Checks scenario files (YAML or JSON) without running them: schema, formulas over the horizon,',
  'impossible combinations and `extends` chains. Prints every problem as',
  'file:line:col: path: message on stderr; exits with 2 if any file has an error, 0 otherwise.',
  '',
].join('\n');

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { help: 'boolean', h: 'boolean' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw new UsageError('validate needs a scenario file: shoplab validate FILE');
  let failed = false;
  for (const file of parsed.positional) {
    const { scenario, issues } = checkScenarioFile(file, io.cwd);
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    for (const issue of [...errors, ...warnings]) io.stderr(`${displayIssue(issue, io.cwd, io.lang)}\n`);
    if (scenario && errors.length === 0) {
      io.stdout(`OK ${file}${warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}\n`);
    } else {
      failed = true;
      const n = Math.max(errors.length, 1);
      io.stderr(`${file}: ${n} error${n === 1 ? '' : 's'}${warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}\n`);
    }
  }
  return failed ? EXIT.badInput : EXIT.ok;
};
