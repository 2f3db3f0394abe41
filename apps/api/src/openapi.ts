import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@dondoc/config';
import { AppModule } from './app.module';

export const API_PREFIX = 'api';

/** The OpenAPI document of an app whose routes are in place (served at /api/docs, and the web app's types). */
export function describeApi(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Đôn đốc API').setDescription('Theo dõi, đôn đốc thực hiện nhiệm vụ').setVersion('1').addBearerAuth().build(),
  );
}

/**
 * The same document without PostgreSQL or Redis: Nest's preview mode builds the module graph and
 * reads the controllers' metadata but instantiates no provider, so nothing connects.
 */
export async function describeApiOffline(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.register({ config: loadConfig({}) }), new FastifyAdapter(), { preview: true, logger: false });
  try {
    app.setGlobalPrefix(API_PREFIX);
    return describeApi(app);
  } finally {
    await app.close();
  }
}
