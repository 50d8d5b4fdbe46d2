// `shoplab classroom`: a live classroom of the Beer Game or a lesson on this machine's network. Starts the
// server (cli/classroom/), prints the trainer's link, the join code and links, and runs until Ctrl-C.
import { resolve } from 'node:path';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { CLI_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { classroomText, statusText } from '../classroom/messages.ts';
import { defaultDistDir, startClassroom } from '../classroom/server.ts';
import { roomPath } from '../classroom/store.ts';

/** Port when --port is not given. */
export const DEFAULT_PORT = 8080;
/** Teams of a new session when --teams is not given. */
export const DEFAULT_TEAMS = 2;
/** Data directory when --data is not given (relative to the working directory). */
export const DEFAULT_DATA_DIR = '.shoplab-classroom';

/** Resolves on Ctrl-C (io.interrupt) or SIGTERM. */
function stopRequested(io: CliIO): Promise<void> {
  return new Promise((done) => {
    if (io.interrupt?.aborted) return done();
    io.interrupt?.addEventListener('abort', () => done(), { once: true });
    process.once('SIGTERM', () => done());
    if (io.interrupt === undefined) process.once('SIGINT', () => done());
  });
}

export const main: CommandMain = async (args, io) => {
  const lang = io.lang ?? 'en';
  const parsed = parseArgs(args, { port: CLI_FLAG_RANGES.port, host: 'string', data: 'string', teams: CLI_FLAG_RANGES.teams, dist: 'string', lesson: 'string', help: 'boolean', h: 'boolean' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(classroomText(lang, 'help'));
    return EXIT.ok;
  }
  if (parsed.positional.length > 0) throw new UsageError(classroomText(lang, 'noFiles', { files: parsed.positional.join(' ') }));
  const dataDir = resolve(io.cwd, flagString(parsed, 'data') ?? DEFAULT_DATA_DIR);
  const distDir = resolve(io.cwd, flagString(parsed, 'dist') ?? defaultDistDir());
  const teamsFlag = flagNumber(parsed, 'teams');
  const lessonFlag = flagString(parsed, 'lesson');
  const classroom = await startClassroom({
    port: flagNumber(parsed, 'port') ?? DEFAULT_PORT,
    host: flagString(parsed, 'host') ?? '0.0.0.0',
    dataDir,
    distDir,
    teams: teamsFlag ?? DEFAULT_TEAMS,
    lesson: lessonFlag,
    lang,
    log: (line) => io.stderr(`shoplab classroom: ${line}\n`),
  });
  const s = classroom.room.session;
  const file = roomPath(dataDir);
  const out = (line: string) => io.stdout(`${line}\n`);
  if (s.game === 'beer') {
    const week = Math.min(...classroom.room.teamGames.map((g) => g.week));
    out(classroomText(lang, 'started', { teams: s.teams.length, status: statusText(lang, s.status), week, weeks: s.config.weeks }));
  } else {
    const steps = classroom.room.lesson?.steps.length ?? 0;
    out(classroomText(lang, 'startedLesson', { lesson: s.lesson.id, lang: s.lesson.lang, status: statusText(lang, s.status), step: s.stepIndex + 1, steps }));
  }
  out(classroomText(lang, classroom.restored ? 'restored' : 'created', { file }));
  if (classroom.restored && s.game === 'beer' && teamsFlag !== undefined && teamsFlag !== s.teams.length) out(classroomText(lang, 'keptTeams', { teams: s.teams.length }));
  if (classroom.restored && lessonFlag !== undefined && (s.game !== 'lesson' || s.lesson.id !== lessonFlag)) out(classroomText(lang, 'keptSession', {}));
  out('');
  out(classroomText(lang, 'trainer'));
  out(`  ${classroom.trainerUrl}`);
  out(classroomText(lang, 'code', { code: s.code }));
  out(classroomText(lang, 'join'));
  for (const url of classroom.joinUrls) out(`  ${url}`);
  out('');
  out(classroomText(lang, 'stop'));
  await stopRequested(io);
  await classroom.close();
  io.stderr(`${classroomText(lang, 'stopped', { file })}\n`);
  return EXIT.ok;
};
