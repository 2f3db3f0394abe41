import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { jwtSecretProblem, MIN_JWT_SECRET_BYTES } from './jwt-secret';

/**
 * Every setting the programs read, validated once at start-up. Nothing else reads process.env,
 * so a bad value is reported before anything connects or writes.
 */
export interface AppConfig {
  nodeEnv: string;
  databaseUrl: string;
  /** True when DATABASE_URL was not given: start-up may fall back to an embedded PostgreSQL. */
  databaseUrlIsDefault: boolean;
  redisUrl: string;
  redisUrlIsDefault: boolean;
  /** Prefix of every Redis key (BullMQ's, sign-in counters); a hash tag keeps one deployment's keys in one Redis Cluster slot. */
  queuePrefix: string;
  smtpUrl: string | null;
  mailFrom: string;
  port: number;
  appUrl: string;
  timezone: string;
  jwtSecret: string;
  jwtSecretIsGenerated: boolean;
  jwtTtlSeconds: number;
  demoPassword: string;
  /** 'HH:mm' local time of the morning send window, or null for "send as soon as due". */
  reminderWindow: string | null;
  reminderSweepSeconds: number;
  /** Whether the OpenAPI page and document are served at /api/docs: by default not in production. */
  apiDocs: boolean;
  /** Port of the worker's own health and metrics endpoint (`/health`, `/metrics`); 0 turns it off. */
  workerHealthPort: number;
  /** Where the worker's health endpoint listens: loopback unless a scraper elsewhere must reach it. */
  workerHealthHost: string;
  /** A bearer token Prometheus may use for `/api/metrics` instead of an admin's sign-in; null: admins only. */
  metricsToken: string | null;
  /**
   * The reverse proxies (addresses, CIDRs, or `loopback`, `linklocal`, `uniquelocal`) whose
   * X-Forwarded-For and X-Forwarded-Proto are believed. Empty: no header is, and a client's address
   * is that of its connection, so it cannot choose one.
   */
  trustProxy: string[];
  /** Failed sign-ins allowed per window, for one account and, separately, from one address. */
  loginRateLimit: { perAccount: number; perAddress: number; windowSeconds: number };
  /**
   * Reports with files an API process reads at once; past it another is refused with 503. Each
   * holds a database connection (its transaction) while its files arrive, out of a pool of 20.
   */
  uploadsAtOnce: number;
  /** Reading and parsing one notice: past this the worker thread doing it is stopped. */
  parseTimeoutSeconds: number;
  /** A scanned PDF's OCR, which is slower: its own limit once OCR starts. */
  ocrTimeoutSeconds: number;
  /** The OCR programs (tesseract with Vietnamese data, pdftoppm from poppler-utils): names on PATH or paths. */
  ocrTools: { tesseract: string; pdftoppm: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** The demo accounts' password as the README publishes it; production refuses it at sign-in. */
export const PUBLISHED_DEMO_PASSWORD = 'dondoc-demo';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/dondoc';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const text = (name: string, fallback: string): string => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? fallback : value.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const onOff = (name: string, fallback: boolean): boolean => {
    const raw = text(name, fallback ? 'on' : 'off').toLowerCase();
    if (raw !== 'on' && raw !== 'off') problems.push(`${name}=${raw}: expected on or off`);
    return raw === 'on';
  };
  const listenHost = (name: string, fallback: string): string => {
    const value = text(name, fallback);
    if (!isIP(value) && value !== 'localhost')
      problems.push(`${name}=${value}: expected an IP address to listen on (e.g. 127.0.0.1, or 0.0.0.0 for every interface)`);
    return value;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const value = text(name, fallback);
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name}=${redact(value)}: expected a ${protocols.join(' or ')} URL`);
      }
    } catch {
      problems.push(`${name}=${redact(value)}: not a URL (e.g. ${fallback})`);
    }
    return value;
  };

  const nodeEnv = text('NODE_ENV', 'development');
  const databaseUrl = url('DATABASE_URL', DEFAULT_DATABASE_URL, ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']);
  const smtpRaw = env.SMTP_URL?.trim() ? url('SMTP_URL', '', ['smtp:', 'smtps:']) : null;
  const port = int('PORT', 3000, 0, 65535);
  // Links in mail point at this; by default the address this machine serves on.
  const appUrl = url('APP_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(/\/+$/, '');

  const timezone = text('APP_TIMEZONE', 'Asia/Ho_Chi_Minh');
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    problems.push(`APP_TIMEZONE=${timezone}: not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  }

  const windowRaw = text('REMINDER_WINDOW', '07:30');
  let reminderWindow: string | null = null;
  if (windowRaw.toLowerCase() !== 'any') {
    if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(windowRaw)) problems.push(`REMINDER_WINDOW=${windowRaw}: expected HH:mm (e.g. 07:30) or "any"`);
    else reminderWindow = windowRaw.padStart(5, '0');
  }

  let jwtSecret = env.JWT_SECRET ?? '';
  const jwtSecretIsGenerated = jwtSecret === '';
  if (jwtSecretIsGenerated) {
    if (nodeEnv === 'production') {
      problems.push('JWT_SECRET is required when NODE_ENV=production: set it in .env to a random value, e.g. the output of `openssl rand -hex 32`');
    }
    jwtSecret = randomBytes(MIN_JWT_SECRET_BYTES).toString('hex');
  } else {
    const problem = jwtSecretProblem(jwtSecret, nodeEnv === 'production');
    if (problem) problems.push(problem);
  }

  const config: AppConfig = {
    nodeEnv,
    databaseUrl,
    databaseUrlIsDefault: !env.DATABASE_URL?.trim(),
    redisUrl,
    redisUrlIsDefault: !env.REDIS_URL?.trim(),
    queuePrefix: text('QUEUE_PREFIX', '{dondoc}'),
    smtpUrl: smtpRaw,
    mailFrom: text('MAIL_FROM', '"Đôn đốc" <no-reply@dondoc.local>'),
    port,
    appUrl,
    timezone,
    jwtSecret,
    jwtSecretIsGenerated,
    jwtTtlSeconds: int('JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    demoPassword: text('DEMO_PASSWORD', PUBLISHED_DEMO_PASSWORD),
    reminderWindow,
    reminderSweepSeconds: int('REMINDER_SWEEP_SECONDS', 60, 1, 86400),
    apiDocs: onOff('API_DOCS', nodeEnv !== 'production'),
    workerHealthPort: int('WORKER_HEALTH_PORT', 3001, 0, 65535),
    workerHealthHost: listenHost('WORKER_HEALTH_HOST', '127.0.0.1'),
    metricsToken: env.METRICS_TOKEN?.trim() ? env.METRICS_TOKEN.trim() : null,
    trustProxy: proxyList(env.TRUST_PROXY, problems),
    loginRateLimit: {
      perAccount: int('LOGIN_RATE_LIMIT', 5, 1, 10000),
      perAddress: int('LOGIN_RATE_LIMIT_PER_ADDRESS', 20, 1, 100000),
      windowSeconds: int('LOGIN_RATE_WINDOW_SECONDS', 900, 1, 86400),
    },
    uploadsAtOnce: int('UPLOADS_AT_ONCE', 10, 1, 15),
    parseTimeoutSeconds: int('PARSE_TIMEOUT_SECONDS', 10, 1, 600),
    ocrTimeoutSeconds: int('OCR_TIMEOUT_SECONDS', 120, 1, 3600),
    ocrTools: { tesseract: text('OCR_TESSERACT', 'tesseract'), pdftoppm: text('OCR_PDFTOPPM', 'pdftoppm') },
  };
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(config);
}

// Names proxy-addr (Fastify's trustProxy) knows for whole ranges.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyList(raw: string | undefined, problems: string[]): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (PROXY_RANGE_NAMES.has(entry) || (family !== 0 && validBits && extra === undefined)) continue;
    problems.push(`TRUST_PROXY=${raw}: "${entry}" is not an address, a CIDR (e.g. 10.0.0.0/8) or one of ${[...PROXY_RANGE_NAMES].join(', ')}`);
  }
  return entries;
}

/** A text safe for a log line: every mail address in it (an SMTP answer may quote the recipient's) replaced. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<người nhận>');
}

/** A job id safe for a log line: mail job ids are outbox keys, which carry the recipient's address. */
export function jobRef(id: string | undefined): string {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : '-';
}

/** A URL safe for a log line: the password is replaced. */
export function redact(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
