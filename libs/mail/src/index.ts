export * from './renderer';
export * from './views';
export * from './sender';
export * from './outbox';
export * from './people';
