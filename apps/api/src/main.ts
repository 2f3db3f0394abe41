import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig, StartupError } from '@dondoc/config';
import { prepareServices } from '@dondoc/database';
import { createApi } from './bootstrap';

async function main() {
  const config = loadConfig();
  await prepareServices(config);
  // dist/apps/api/main.js serves the web app built into dist/web.
  const app = await createApi({ config, webRoot: join(__dirname, '..', '..', 'web') });
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const logger = new Logger('dondoc-api');
  if (config.jwtSecretIsGenerated) logger.warn('JWT_SECRET is not set: a random one was made for this run, so sign-ins end when it stops. Set JWT_SECRET to keep them.');
  logger.log(`Đôn đốc đang chạy tại ${config.appUrl} (API: ${config.appUrl}/api${config.apiDocs ? `, tài liệu API: ${config.appUrl}/api/docs` : ''})`);
}

main().catch((err) => {
  console.error(err instanceof StartupError || err?.name === 'ConfigError' ? `dondoc-api: ${err.message}` : err);
  process.exit(1);
});
