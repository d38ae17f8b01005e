/** Saima metrics engine: pure computations of progress, scores and rankings. */

export * from './settings';
export * from './period';
export * from './indicator-types';
export * from './indicator';
export * from './evaluate-cumulative';
export * from './evaluate-ceiling';
export * from './score-rules';
export * from './expected';
export * from './evaluate-level';
export * from './evaluate-rank';
export * from './evaluate-milestone';
export * from './aggregate';
export * from './ranking';
export * from './timeliness';
export * from './numbers';
export * from './snapshot';
export * from './progress';
export * from './group';
export * from './gap';
export * from './rounds';
export * from './on-time';
export * from './todo';
export * from './movement';
