// English texts of the workbench's own refusals and failures that were once hard-coded: the
// forecast worker stopping, a lesson step that cannot run, a damaged share link, and the studio's
// weekly units.
export const refusalsEn = {
  'forecast.workerStopped': 'The forecast worker stopped: {reason}',
  'forecast.workerStoppedUnknown': 'The forecast worker stopped for an unknown reason.',
  'forecast.noteFallback': '{model} → {used}: {note}',
  'forecast.column': 'column {column}',
  'sweep.fromToNumbers': 'Lever {path}: from and to must be numbers.',
  'sweep.stepsRange': 'Lever {path}: steps must be a whole number from 1 to 50.',
  'share.notBase64': 'the link contains characters that are not base64url',
  'share.badLength': 'the link is cut off or damaged (its length is not valid base64url)',
  'share.tooLong': 'the link is {length} characters long; a share link may be at most {max}',
  'share.noInflate': 'the link is cut off or damaged (it does not decompress)',
  'share.tooLarge': 'the link holds more than {max} bytes of scenario text, the most a scenario file may have',
  'share.notUtf8': 'the link is cut off or damaged (it is not UTF-8 text)',
  'app.views': 'Views',
  'forecast.pinball': 'Pinball',
  'forecast.daily': 'daily',
  'forecast.weekly': 'weekly',
  'unit.weeks': 'weeks',
  'unit.unitsPerWeek': 'units/wk',
  'lessonRun.noPrediction': 'prediction "{prediction}" has no number yet: make your guess in its step first',
  'lessonRun.missingOutput': 'measure {measure}: run output "{output}" does not exist (a channel the scenario lacks?)',
  'lessonRun.scenario': 'the lesson\'s scenario does not load:\n{issues}',
  'lessonRun.lever': 'lever {path} cannot be set: {detail}',
} as const;
