import { createTemplate, newRunId } from './support/test-services';

export default async function globalSetup(): Promise<void> {
  const run = newRunId();
  process.env.DONDOC_TEST_RUN = run;
  await createTemplate(run);
}
