import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, redact, StartupError } from '@dondoc/config';
import { prepareDatabase } from '@dondoc/database';
import { assertRedisReachable } from '@dondoc/queue';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfig();
  await prepareDatabase(config.databaseUrl);
  await assertRedisReachable(config.redisUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: new ConsoleLogger({ json: config.nodeEnv === 'production', prefix: 'dondoc-worker' }),
  });
  // SIGTERM/SIGINT: stop taking jobs, let running deliveries finish (bounded), close connections.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  new Logger('dondoc-worker').log(`Worker connected to PostgreSQL and Redis (${redact(config.redisUrl)}, prefix ${config.queuePrefix})`);
}

main().catch((err) => {
  console.error(err instanceof StartupError || err instanceof ConfigError ? `dondoc-worker: ${err.message}` : err);
  process.exit(1);
});
