import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadConfig } from '@dondoc/config';
import { present } from './support/present';

/*
 * The Docker setup as shipped: only the API's port is published (on 127.0.0.1 unless the operator
 * says otherwise), every secret comes from the operator's .env and compose refuses to start
 * without it, and Redis asks for its password.
 */

interface Service {
  ports?: string[];
  command?: string[];
  environment?: Record<string, string>;
}

const root = join(__dirname, '..');
const compose = load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const example = readFileSync(join(root, '.env.example'), 'utf8');
const serviceNamed = (name: string) => present(compose.services[name], `the service ${name} in docker-compose.yml`);

describe('docker-compose.yml', () => {
  it('publishes the API alone, on the loopback address by default', () => {
    const published = Object.entries(compose.services)
      .filter(([, s]) => (s.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(published).toEqual(['api']);
    expect(serviceNamed('api').ports).toEqual(['${API_BIND:-127.0.0.1}:${API_PORT:-3000}:3000']);
  });

  it.each([
    ['postgres', 'POSTGRES_PASSWORD'],
    ['redis', 'REDIS_PASSWORD'],
    ['api', 'JWT_SECRET'],
    ['api', 'APP_URL'],
  ])('%s refuses to start without %s from .env, which .env.example lists as required', (service, name) => {
    const values = Object.values(serviceNamed(service).environment ?? {});
    expect(values.some((v) => String(v).startsWith(`\${${name}:?`))).toBe(true);
    expect(example).toMatch(new RegExp(`# required:[^\\n]*(?:\\n#[^\\n]*)*\\n${name}=`));
  });

  it('gives Redis a password, and the API and worker reach PostgreSQL and Redis with theirs', () => {
    expect(serviceNamed('redis').command?.join(' ')).toContain('--requirepass "$$REDIS_PASSWORD"');
    for (const service of ['api', 'worker']) {
      const env = serviceNamed(service).environment ?? {};
      expect(env.REDIS_URL).toBe('redis://:${REDIS_PASSWORD}@redis:6379');
      expect(env.DATABASE_URL).toBe('postgres://dondoc:${POSTGRES_PASSWORD}@postgres:5432/dondoc');
      expect(env.NODE_ENV).toBe('production');
    }
  });

  it('ships no secret: the example JWT_SECRET is a placeholder the API refuses in production', () => {
    expect(serviceNamed('api').environment?.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    const placeholder = /^JWT_SECRET=(.*)$/m.exec(example)?.[1] ?? '';
    expect(placeholder).not.toBe('');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: placeholder })).toThrow(/JWT_SECRET/);
  });
});
