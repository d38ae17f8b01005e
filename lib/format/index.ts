/** Saima formatting library: pure, locale/time-zone independent, Simplified Chinese output. */
export { DASH } from './decimal';
export * from './number';
export * from './percent';
export * from './date';
export * from './rank';
export * from './status';
export * from './gap';
export * from './outlook';
export * from './qualified';
export * from './supervision';
