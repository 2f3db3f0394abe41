import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply } from 'fastify';
import { webPageCsp } from './content-security';

/**
 * What the web app's build writes where each response's nonce goes (`html.cspNonce` in
 * apps/web/vite.config.ts): the `<meta property="csp-nonce">` the app reads, and its tags.
 */
export const CSP_NONCE_PLACEHOLDER = 'DONDOC_CSP_NONCE';

/** The web app's index.html, served with a nonce of its own each time and the policy that names it. */
export class WebPage {
  private readonly parts: string[];

  constructor(webRoot: string) {
    this.parts = readFileSync(join(webRoot, 'index.html'), 'utf8').split(CSP_NONCE_PLACEHOLDER);
  }

  send(reply: FastifyReply): void {
    const nonce = randomBytes(16).toString('base64');
    reply.helmet({ contentSecurityPolicy: { directives: webPageCsp(nonce) } });
    // The page carries its nonce: a stored copy would bring an old one back.
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(this.parts.join(nonce));
  }
}
