// Public API of calibration: fit scenario parameters so simulated KPI means hit targets.
export { calibrate, type CalibrationOptions, type CalibrationResult, type CalibrationTarget, type CalibrationParameter, type FittedParameter, type TargetOutcome, type KpiEvaluator } from './calibrate.ts';
export { CalibrationInputError, resolveParameter, withValues, type ResolvedParameter } from './parameterPath.ts';
export { toUnbounded, fromUnbounded, boundHit, formatInterval, type Interval } from './interval.ts';
export { simulationEvaluator, type SimulationEvaluatorOptions } from './simulationEvaluator.ts';
