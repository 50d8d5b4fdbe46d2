// The Beer Game (Sterman 1989): a four-stage supply chain played week by week, the rules the
// computer plays with, and the debrief's numbers. Pure and platform-free.
export * from './config.ts';
export * from './policies.ts';
export * from './game.ts';
export * from './stats.ts';
export * from './desk.ts';
