import { Initial1795693128577 } from './1795693128577-Initial';

/** Every migration, oldest first. A new one is generated with `npm run migration:generate` and added here. */
export const MIGRATIONS = [Initial1795693128577];
