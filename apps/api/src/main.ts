import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig, StartupError } from '@dondoc/config';
import { prepareDatabase } from '@dondoc/database';
import { assertRedisReachable } from '@dondoc/queue';
import { createApi } from './bootstrap';
import { COMMANDS_USAGE, createAdmin, seedDemo } from './commands';

async function main([command, ...args]: string[]) {
  const config = loadConfig();
  await prepareDatabase(config.databaseUrl);
  await assertRedisReachable(config.redisUrl);
  if (command === 'seed-demo') return seedDemo(config, args.includes('--if-empty'));
  if (command === 'create-admin') return createAdmin(config, args[0], args.slice(1).join(' '));
  if (command !== undefined && command !== 'serve') throw new StartupError(`unknown command "${command}": ${COMMANDS_USAGE}`);
  // dist/apps/api/main.js serves the web app built into dist/web.
  const app = await createApi({ config, webRoot: join(__dirname, '..', '..', 'web') });
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const logger = new Logger('dondoc-api');
  if (config.jwtSecretIsGenerated)
    logger.warn('JWT_SECRET is not set: a random one was made for this run, so sign-ins end when it stops. Set JWT_SECRET to keep them.');
  logger.log(`Đôn đốc đang chạy tại ${config.appUrl} (API: ${config.appUrl}/api${config.apiDocs ? `, tài liệu API: ${config.appUrl}/api/docs` : ''})`);
}

const argv = process.argv.slice(2);
main(argv).then(
  // A one-off command ends the process; serving keeps it alive.
  () => argv[0] && argv[0] !== 'serve' && process.exit(0),
  (err) => {
    console.error(err instanceof StartupError || err?.name === 'ConfigError' ? `dondoc-api: ${err.message}` : err);
    process.exit(1);
  },
);
