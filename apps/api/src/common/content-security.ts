/**
 * The Content-Security-Policies the API sends. Nothing inline runs or styles anywhere but where a
 * policy below says so: an injected `<script>` or `<style>` is refused by the browser.
 */

type Directives = Record<string, string[] | null>;

/** Every response's policy, the JSON API's and the web app's files' included. */
export const APP_CSP: Directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  frameSrc: ["'self'"],
  // Offices often run it over plain HTTP on their network; upgrading would break every asset.
  upgradeInsecureRequests: null,
};

/**
 * The web app's page: Ant Design writes its styles at run time, each `<style>` marked with the
 * page's nonce, made afresh for every response so that markup injected into a page cannot guess it.
 */
export function webPageCsp(nonce: string): Directives {
  return { ...APP_CSP, styleSrc: ["'self'", `'nonce-${nonce}'`] };
}

/**
 * A caught mail shown in the admins' mail catcher: the mail's own inline styles and embedded
 * images, nothing else (no script, no request out), in a sandbox, framed only by the app's page.
 */
export const MAIL_PREVIEW_CSP: Directives = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ['data:'],
  sandbox: [],
  frameAncestors: ["'self'"],
};

/** Swagger UI's page at /api/docs writes inline styles; its scripts are files. */
export const DOCS_CSP: Directives = { ...APP_CSP, styleSrc: ["'self'", "'unsafe-inline'"] };

/** Whether a request is for the OpenAPI page or its assets (not the JSON document, which is data). */
export function isDocsPath(url: string, docsPath: string): boolean {
  const [path = ''] = url.split('?');
  return path === docsPath || path.startsWith(`${docsPath}/`);
}
