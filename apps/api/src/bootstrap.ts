import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module';
import { AuthService } from './auth/auth.service';
import { credentialOf } from './auth/session';
import { applyBodyLimits, DEFAULT_BODY_BYTES } from './common/body-limit';
import { APP_CSP, DOCS_CSP, isDocsPath } from './common/content-security';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { WebPage } from './common/web-page';
import { API_PREFIX, describeApi } from './openapi';
import { BOARD_PATH, mountQueueBoard } from './queues/queue-board';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface CreateApiOptions extends AppModuleOptions {
  logger?: LoggerService | false;
  /** Folder of the built web app; served at `/` when it exists. */
  webRoot?: string;
}

/** The API as `main.ts` runs it and as the end-to-end tests drive it. */
export async function createApi(options: CreateApiOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: DEFAULT_BODY_BYTES,
    // Forwarded headers are believed from the configured proxies only: anyone else could name any address.
    trustProxy: options.config.trustProxy.length ? options.config.trustProxy : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(options), adapter, {
    logger: options.logger ?? new ConsoleLogger({ json: options.config.nodeEnv === 'production', prefix: 'dondoc-api' }),
    bufferLogs: false,
  });
  const auth = app.get(AuthService);
  applyBodyLimits(app.getHttpAdapter().getInstance(), async (request) => {
    const credential = credentialOf(request);
    return credential !== null && (await auth.userForToken(credential.token)) !== null;
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  const webRoot = options.webRoot && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : null;
  // The page itself is never a static file: each response carries a nonce of its own.
  app.useGlobalFilters(new HttpExceptionFilter({ webPage: webRoot ? new WebPage(webRoot) : null, serverPaths: ['/api', BOARD_PATH] }));
  app.enableShutdownHooks();

  await app.register(helmet as never, { contentSecurityPolicy: { directives: APP_CSP } });

  // The web app's session and Bull Board's travel in cookies.
  await app.register(cookie as never);
  await mountQueueBoard(app);

  // A notice may come as an uploaded .docx or .txt; anything over 10 MB is refused with 413.
  await app.register(multipart as never, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: true });

  // The API's map helps an attacker as much as an integrator: production serves it only when asked (API_DOCS=on).
  if (options.config.apiDocs) {
    // After the global headers: Swagger UI's page alone gets its own, looser policy.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', async (request, reply) => {
        if (isDocsPath(request.url, `/${API_PREFIX}/docs`)) reply.helmet({ contentSecurityPolicy: { directives: DOCS_CSP } });
      });
    SwaggerModule.setup(`${API_PREFIX}/docs`, app, describeApi(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  }

  if (webRoot) await app.register(fastifyStatic as never, { root: webRoot, prefix: '/', wildcard: false, globIgnore: ['index.html'] });
  return app;
}
