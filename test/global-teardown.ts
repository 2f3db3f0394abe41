// Global setup runs outside Jest's module mapper, so the @dondoc/* paths are registered here.
import 'tsconfig-paths/register';
import { dropTestDatabases, dropTestRedisKeys, runId } from './support/test-services';

export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases(runId());
  await dropTestRedisKeys(runId());
}
