import { ApiError } from '../lib/apiError';
import type { ApiErrorBody } from './types';

/**
 * The session is an HttpOnly cookie the API sets at sign-in, which no script here can read. The API
 * takes a write riding on that cookie only with this header, which another site's page cannot make a
 * browser send (CSRF_HEADER in apps/api/src/auth/session.ts); sign-in sets the cookie only with it.
 */
const CSRF_HEADERS = { 'X-Dondoc-Csrf': '1' } as const;

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when the server no longer accepts the session, wherever the call came from. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** The login call itself answers 401 for a wrong password; that must not sign anyone out. */
  anonymous?: boolean;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function readErrorBody(response: Response): Promise<ApiErrorBody | null> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as ApiErrorBody) : null;
  } catch {
    return null;
  }
}

/** Sends a request in the browser's session and returns the raw response when it succeeded. */
export async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...CSRF_HEADERS };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(buildUrl(path, options.query), { method, headers, body, signal: options.signal });
  if (!response.ok) {
    const errorBody = await readErrorBody(response);
    if (response.status === 401 && !options.anonymous) unauthorizedListeners.forEach((listener) => listener());
    throw new ApiError(response.status, errorBody, response.statusText);
  }
  return response;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim().replace(/^"|"$/g, ''));
    } catch {
      return fallback;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Downloads a file in the session (the cookie goes with it), through a blob rather than a plain link
 * so that a refusal is told on the page instead of replacing it with the API's JSON.
 */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send('GET', path, { query });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filenameFrom(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
