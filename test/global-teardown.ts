import { dropTestDatabases, runId } from './support/test-services';

export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases(runId());
}
