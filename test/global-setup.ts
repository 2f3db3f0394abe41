// Global setup runs outside Jest's module mapper, so the @dondoc/* paths are registered here.
import 'tsconfig-paths/register';
import { createTemplate, newRunId } from './support/test-services';

export default async function globalSetup(): Promise<void> {
  const run = newRunId();
  process.env.DONDOC_TEST_RUN = run;
  await createTemplate(run);
}
