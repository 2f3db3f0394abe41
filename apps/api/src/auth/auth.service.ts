import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, PUBLISHED_DEMO_PASSWORD, type AppConfig } from '@dondoc/config';
import { User } from '@dondoc/database';
import type { CurrentUser } from '../common/current-user';
import { LoginAttempts } from './login-attempts';
import { dummyPasswordHash, verifyPassword } from './password';

export interface TokenClaims {
  sub: string;
  role: string;
}

export const TOKEN_ISSUER = 'dondoc';
export const TOKEN_AUDIENCE = 'dondoc-api';

// A deactivated account or a changed role takes effect within this time on every replica.
const ACCOUNT_CACHE_MS = 5_000;

@Injectable()
export class AuthService {
  /** Accounts by id, so a burst of requests with one token costs one lookup, not one each. */
  private readonly accounts = new Map<string, { at: number; user: Promise<User | null> }>();
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();
  private readonly logger = new Logger('auth');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly attempts: LoginAttempts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs in from `address`; once the account or the address has failed too often, refused before any lookup. */
  async login(email: string, password: string, address: string) {
    const attempt = await this.attempts.begin(email, address);
    if (this.isDemoPasswordInProduction(password)) {
      this.logger.warn('A sign-in with the demo password was refused: NODE_ENV=production. Give the account a password of its own under Quản trị.');
      throw new UnauthorizedException('Email hoặc mật khẩu không đúng');
    }
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.email = :email', { email })
      .getOne();
    const ok = user?.active ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
    if (!user || !ok) throw new UnauthorizedException('Email hoặc mật khẩu không đúng');
    await this.attempts.succeeded(attempt);
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    return { accessToken, user: publicUser(user) };
  }

  /** Demo accounts share a published password: in production it opens nothing, whatever the database holds. */
  private isDemoPasswordInProduction(password: string): boolean {
    return this.config.nodeEnv === 'production' && (password === this.config.demoPassword || password === PUBLISHED_DEMO_PASSWORD);
  }

  /** The user a token names, if the token is valid and the account still active. */
  async userForToken(token: string): Promise<CurrentUser | null> {
    const claims = await this.verify(token);
    return claims ? this.activeUser(claims.sub) : null;
  }

  /** The account as it is now, or null once deactivated: a credential is only as good as its account. */
  async activeUser(id: string): Promise<CurrentUser | null> {
    const user = await this.account(id);
    if (!user || !user.active) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, unitId: user.unitId };
  }

  /**
   * Checking a signature costs about a millisecond, more than the rest of a list request: a token
   * already verified is remembered, by its exact text, until it expires.
   */
  private async verify(token: string): Promise<TokenClaims | null> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > now) return known;
      this.verified.delete(token);
      return null;
    }
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token);
      if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, claims);
      return claims;
    } catch {
      return null;
    }
  }

  private account(id: string): Promise<User | null> {
    const now = Date.now();
    const hit = this.accounts.get(id);
    if (hit && now - hit.at < ACCOUNT_CACHE_MS) return hit.user;
    const user = this.users.findOneBy({ id });
    this.accounts.set(id, { at: now, user });
    user.catch(() => this.accounts.delete(id));
    if (this.accounts.size > 10_000) this.accounts.delete(this.accounts.keys().next().value as string);
    return user;
  }

  async me(id: string) {
    const user = await this.users.findOne({ where: { id }, relations: { unit: true } });
    if (!user) throw new UnauthorizedException();
    return publicUser(user);
  }
}

export function publicUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    unit: user.unit ? { id: user.unit.id, code: user.unit.code, name: user.unit.name } : null,
  };
}
