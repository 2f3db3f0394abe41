import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@dondoc/config';
import { ManualClock, systemClock } from '@dondoc/domain';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import type { WorkerTuning } from '../../apps/worker/src/worker-options';

/*
 * A worker in a process of its own, for tests that kill it for real (SIGKILL: no shutdown hook,
 * no finally block, sockets torn down by the kernel). Configured from the environment like the
 * real worker; DONDOC_TEST_WORKER_TUNING (JSON) shortens its waits, DONDOC_TEST_NOW stands its clock
 * at the test's time. Prints "ready" once consuming.
 */
async function main() {
  const tuning = JSON.parse(process.env.DONDOC_TEST_WORKER_TUNING ?? '{}') as Partial<WorkerTuning>;
  const clock = process.env.DONDOC_TEST_NOW ? new ManualClock(process.env.DONDOC_TEST_NOW) : systemClock;
  const app = await NestFactory.createApplicationContext(WorkerModule.register(loadConfig(), { tuning, clock }), { logger: ['error', 'warn'] });
  await app.init();
  process.stdout.write('ready\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
