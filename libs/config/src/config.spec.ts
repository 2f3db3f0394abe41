import { ConfigError, jobRef, loadConfig, withoutAddresses } from './config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it('reads a list of addresses, CIDRs and named ranges', () => {
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 172.16.0.0/12 ,fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each(['true', '*', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2'])('refuses %s, naming the setting', (value) => {
    expect(problemsOf({ TRUST_PROXY: value })).toEqual([expect.stringMatching(/^TRUST_PROXY=.*not an address, a CIDR/)]);
  });
});

describe('JWT_SECRET', () => {
  const RANDOM = 'f3b9c07e1d5a4826b0e9d7c3a1f54e28c6b2d9a07f13e5c84b6a2d0e9f7c1b35';
  const production = (secret: string) => problemsOf({ NODE_ENV: 'production', JWT_SECRET: secret });

  it('accepts a random secret in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: RANDOM }).jwtSecret).toBe(RANDOM);
  });

  it('is required in production, naming the setting and the fix', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^JWT_SECRET is required when NODE_ENV=production: set it in \.env .*openssl rand -hex 32/),
    ]);
  });

  it('is made up for the run outside production when unset', () => {
    const config = loadConfig({});
    expect(config.jwtSecretIsGenerated).toBe(true);
    expect(config.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['shorter than 32 bytes', RANDOM.slice(0, 31), /^JWT_SECRET is 31 bytes long, fewer than 32: set it in \.env .*openssl rand -hex 32/],
    ['the old docker-compose default', 'change-me-to-a-long-random-secret', /^JWT_SECRET is a published example value.*openssl rand -hex 32/],
    ["the .env.example's placeholder", 'replace-with-the-output-of-openssl-rand-hex-32', /^JWT_SECRET is a published example value/],
    ['upper-cased placeholder', 'YOUR-256-BIT-KEY-GOES-HERE-FOR-PROD', /^JWT_SECRET looks like a placeholder \(it contains "your-"\)/],
    ['a placeholder', 'please-put-the-production-secret-here', /^JWT_SECRET looks like a placeholder \(it contains "secret"\)/],
    ['one character repeated', 'a'.repeat(64), /^JWT_SECRET repeats too few characters to be random/],
    ['a short pattern repeated', '0123'.repeat(16), /^JWT_SECRET repeats too few characters to be random/],
  ])('refuses in production a secret %s', (_what, secret, message) => {
    expect(production(secret)).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a short secret outside production too, but not a placeholder there', () => {
    expect(problemsOf({ JWT_SECRET: 'short-secret' })).toEqual([expect.stringMatching(/^JWT_SECRET is 12 bytes long/)]);
    expect(problemsOf({ JWT_SECRET: 'change-me-to-a-long-random-secret' })).toEqual([]);
  });
});

describe('WORKER_HEALTH_HOST', () => {
  it("keeps the worker's health and metrics on loopback unless told", () => {
    expect(loadConfig({}).workerHealthHost).toBe('127.0.0.1');
    expect(loadConfig({ WORKER_HEALTH_HOST: '0.0.0.0' }).workerHealthHost).toBe('0.0.0.0');
  });

  it('refuses what is not an address to listen on', () => {
    expect(problemsOf({ WORKER_HEALTH_HOST: 'everywhere' })).toEqual([expect.stringMatching(/^WORKER_HEALTH_HOST=everywhere: expected an IP address/)]);
  });
});

describe('log lines without recipients', () => {
  it('replaces every address an SMTP answer quotes, and hashes a job id', () => {
    expect(withoutAddresses('SMTP 550: 550 5.1.1 <Truong.Phong@so.gov.vn>: Recipient address rejected; also a@b.c')).toBe(
      'SMTP 550: 550 5.1.1 <<người nhận>>: Recipient address rejected; also <người nhận>',
    );
    const ref = jobRef('digest|2026-12-02|truongphong.gddt@dondoc.local');
    expect(ref).toMatch(/^[0-9a-f]{12}$/);
    expect(ref).toBe(jobRef('digest|2026-12-02|truongphong.gddt@dondoc.local'));
  });
});
