export * from './entities';
export * from './data-source';
export * from './ensure-database';
export * from './naming-strategy';
export * from './migrate';
export * from './prepare-services';
export * from './prepared-query';
