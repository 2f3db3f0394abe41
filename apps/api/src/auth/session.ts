import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

/** The web app's session: the sign-in token in a cookie that scripts cannot read. */
export const SESSION_COOKIE = 'dondoc_session';
/** Only the API reads the session cookie; the web app's pages and Bull Board never receive it. */
const SESSION_COOKIE_PATH = '/api';

/**
 * The header the web app sends with every request. A page of another site can make a browser send
 * the cookie with a form or an image, but not with a header of its own (that would need CORS, which
 * the API does not open): a request that carries the cookie and changes something must carry this too.
 */
export const CSRF_HEADER = 'x-dondoc-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type RequestLike = Pick<FastifyRequest, 'headers' | 'method'> & { cookies?: Record<string, string | undefined> };

/** How a request proves its sign-in: a token, and whether it came in the cookie rather than a header. */
export interface Credential {
  token: string;
  fromCookie: boolean;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(headers: { authorization?: string }): string | null {
  const [scheme, token] = (headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : null;
}

/** The request's credential: a bearer header (API clients, scripts) before the session cookie (the web app). */
export function credentialOf(request: RequestLike): Credential | null {
  const bearer = bearerToken(request.headers);
  if (bearer) return { token: bearer, fromCookie: false };
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, fromCookie: true } : null;
}

/** Whether the request comes from the web app, by the header no other site can make a browser send. */
export function fromWebApp(request: Pick<FastifyRequest, 'headers'>): boolean {
  return Boolean(request.headers[CSRF_HEADER]);
}

/**
 * A write that rides on the cookie alone could have been sent by another site's page in the
 * person's browser. A bearer header cannot be forged that way: a page elsewhere never holds the token.
 */
export function mayBeForged(request: RequestLike, credential: Credential): boolean {
  return credential.fromCookie && !SAFE_METHODS.has(request.method) && !fromWebApp(request);
}

/** Sets and clears the session cookie. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(request: FastifyRequest, reply: FastifyReply, token: string): void {
    void reply.setCookie(SESSION_COOKIE, token, { ...this.options(request), maxAge: this.config.jwtTtlSeconds });
  }

  clear(request: FastifyRequest, reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, this.options(request));
  }

  private options(request: FastifyRequest) {
    return {
      path: SESSION_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict' as const,
      // Secure whenever people reach it over HTTPS: an https APP_URL says so even when the proxy in
      // front is not named in TRUST_PROXY. Offices that run it over plain HTTP on their network
      // would never get a Secure cookie back.
      secure: this.config.appUrl.startsWith('https:') || request.protocol === 'https',
    };
  }
}
