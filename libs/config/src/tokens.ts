/** Injection tokens shared by the API and the worker. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
export const REDIS = Symbol('REDIS');
