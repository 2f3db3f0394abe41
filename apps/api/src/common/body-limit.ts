import { UnauthorizedException } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

/** What any route takes by default, the public sign-in included: far more than its JSON needs. */
export const DEFAULT_BODY_BYTES = 100 * 1024;

/**
 * A route that needs a larger JSON body than the default (a pasted notice, a draft with its
 * source text). Such a body is read only once the request's token holds, so a stranger cannot make
 * the server take in megabytes before it refuses him.
 */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: bytes });

/**
 * Applies `@BodyLimit` to Fastify's routes as they are registered; `signedIn` tells whether a
 * request's bearer token names an active account. Call before the routes are registered.
 */
export function applyBodyLimits(fastify: FastifyInstance, signedIn: (request: FastifyRequest) => Promise<boolean>): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const bytes = (route.config as { bodyLimit?: number } | undefined)?.bodyLimit;
    if (!bytes) return;
    route.bodyLimit = bytes;
    const before = route.onRequest ? ([] as unknown[]).concat(route.onRequest) : [];
    route.onRequest = [
      ...(before as never[]),
      async (request: FastifyRequest) => {
        if (!(await signedIn(request))) throw new UnauthorizedException('Cần đăng nhập');
      },
    ];
  });
}
