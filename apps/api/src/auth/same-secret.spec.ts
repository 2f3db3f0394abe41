import { sameSecret } from './same-secret';

describe('sameSecret', () => {
  it('tells the expected secret from any other, of any length', () => {
    expect(sameSecret('metrics-token-0123456789', 'metrics-token-0123456789')).toBe(true);
    expect(sameSecret('metrics-token-0123456788', 'metrics-token-0123456789')).toBe(false);
    expect(sameSecret('metrics-token', 'metrics-token-0123456789')).toBe(false);
    expect(sameSecret('', 'metrics-token-0123456789')).toBe(false);
  });
});
