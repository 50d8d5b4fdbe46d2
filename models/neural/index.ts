// Public API of the neural global forecaster (TensorFlow.js): backend choice, global training,
// prediction, the single-series Forecaster, and saving/loading. Saving to a directory is Node
// only and lives in './persist.node.ts', outside this index, so browser bundles never see node:fs.
export { activeBackend, backendOrder as neuralBackendOrder, ensureBackendSync, selectBackend } from './backend.ts';
export type { BackendAttempt, BackendSelection, NeuralBackendName, SelectBackendOptions } from './backend.ts';
export { NEURAL_DEFAULTS, NeuralConfigError, architectureOf, resolveNeuralConfig } from './config.ts';
export type { NeuralArchitecture, NeuralConfig, NeuralTraining } from './config.ts';
export { featureWidth as neuralFeatureWidth } from './features.ts';
export type { NeuralSeries } from './features.ts';
export { applyHead as applyQuantileHead, createNeuralModel, trainingLoss as neuralTrainingLoss } from './network.ts';
export { NEURAL_MODEL_NAME, NeuralModel } from './model.ts';
export type { NeuralPredictOptions, NeuralSnapshot, TrainingReport } from './model.ts';
export { trainGlobal, trainGlobalAsync } from './train.ts';
export type { TrainAsyncOptions, TrainOptions } from './train.ts';
export { MIN_TRAINING_WINDOWS as NEURAL_MIN_TRAINING_WINDOWS, neuralForecaster, registerNeuralForecaster, setupNeuralForecaster } from './forecaster.ts';
export type { NeuralFittedModel } from './forecaster.ts';
export { NEURAL_FORMAT, NEURAL_FORMAT_VERSION, loadFromArtifacts, loadNeuralModel, saveNeuralModel, saveToArtifacts } from './persist.ts';
export type { NeuralMetadata } from './persist.ts';
