import { ConfigError, loadConfig } from './config';

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
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 172.16.0.0/12 ,fd00::/8, loopback' }).trustProxy)
      .toEqual(['10.0.0.5', '172.16.0.0/12', 'fd00::/8', 'loopback']);
  });

  it.each(['true', '*', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2'])('refuses %s, naming the setting', (value) => {
    expect(problemsOf({ TRUST_PROXY: value })).toEqual([expect.stringMatching(/^TRUST_PROXY=.*not an address, a CIDR/)]);
  });
});
