import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { HttpException, HttpStatus, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, CLOCK, REDIS, type AppConfig } from '@dondoc/config';
import type { Clock } from '@dondoc/domain';
import { withDeadline } from '@dondoc/queue';

/** A sign-in attempt counted against its account and its address until it proves right. */
export interface LoginAttempt {
  keys: [account: string, address: string];
}

/** Refused before any password is checked: the reply says in how many seconds to try again. */
export class TooManyLoginAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

// Counts the attempt on both keys only when neither is at its limit, in one step, so a burst of
// parallel guesses cannot all pass the check before any is counted.
const RESERVE = `
local account = tonumber(redis.call('GET', KEYS[1]) or '0')
local address = tonumber(redis.call('GET', KEYS[2]) or '0')
if account >= tonumber(ARGV[1]) or address >= tonumber(ARGV[2]) then return 0 end
for i = 1, 2 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return 1`;

// A right password takes its attempt back; a key already expired is not brought back as -1.
const RELEASE = `
for i = 1, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('DECR', KEYS[i]) end
end
return 1`;

const REDIS_DEADLINE_MS = 2000;

/**
 * Failed sign-ins per account and per address, each with its own limit in a fixed window, kept in
 * Redis so that every API replica counts the same attempts. One account cannot be guessed at from
 * many addresses, nor one password tried over many accounts from one address.
 */
@Injectable()
export class LoginAttempts {
  private readonly windowMs: number;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.windowMs = config.loginRateLimit.windowSeconds * 1000;
  }

  /** Counts an attempt, or refuses it while the account or the address is at its limit. */
  async begin(email: string, address: string): Promise<LoginAttempt> {
    const now = this.clock.now().getTime();
    const window = Math.floor(now / this.windowMs);
    const prefix = `${this.config.queuePrefix}:login-failures:${window}`;
    const keys: LoginAttempt['keys'] = [`${prefix}:account:${digest(email)}`, `${prefix}:address:${addressGroup(address)}`];
    const { perAccount, perAddress } = this.config.loginRateLimit;
    const allowed = await this.run(RESERVE, keys, perAccount, perAddress, this.windowMs);
    if (allowed !== 1) throw new TooManyLoginAttemptsException(Math.ceil(((window + 1) * this.windowMs - now) / 1000));
    return { keys };
  }

  /** The attempt was right: it is not a failure. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.run(RELEASE, attempt.keys);
  }

  private async run(script: string, keys: string[], ...args: number[]): Promise<unknown> {
    try {
      return await withDeadline(this.redis.eval(script, keys.length, ...keys, ...args), REDIS_DEADLINE_MS);
    } catch {
      // Without the counters no guess could be refused: sign-in waits for Redis.
      throw new ServiceUnavailableException('Tạm thời không đăng nhập được, vui lòng thử lại sau ít phút');
    }
  }
}

/** Accounts are keyed by a digest, so Redis holds no address book. */
function digest(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
}

/**
 * The address the limit counts: an IPv6 client usually holds a whole /64, so it is counted as one;
 * an IPv4-mapped address as its IPv4.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
