export * from './renderer';
export * from './views';
export * from './sender';
