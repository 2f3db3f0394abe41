import { BadRequestException, Inject, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, PUBLISHED_DEMO_PASSWORD, type AppConfig } from '@dondoc/config';
import { User } from '@dondoc/database';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { LoginAttempts } from './login-attempts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';

export interface TokenClaims {
  sub: string;
  role: string;
  /** The account's token version when the token was issued; a sign-out or a new password raises it. */
  ver: number;
}

export const TOKEN_ISSUER = 'dondoc';
export const TOKEN_AUDIENCE = 'dondoc-api';

// A deactivated account, a changed role or ended tokens take effect within this time on every other
// replica (at once on the one that made the change).
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
    private readonly audit: AuditService,
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
      .addSelect(['u.passwordHash', 'u.tokenVersion'])
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.email = :email', { email })
      .getOne();
    const ok = user?.active ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
    if (!user || !ok) throw new UnauthorizedException('Email hoặc mật khẩu không đúng');
    await this.attempts.succeeded(attempt);
    return { accessToken: await this.issueToken(user), user: publicUser(user) };
  }

  private issueToken(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, role: user.role, ver: user.tokenVersion } satisfies TokenClaims);
  }

  /** Ends every token of the account, this one included, on every device. */
  async logout(id: string): Promise<void> {
    await this.users.update({ id }, { tokenVersion: () => 'token_version + 1' });
    this.forget(id);
  }

  /**
   * The signed-in user's new password. The current one is asked, and its guesses counted like a
   * sign-in's, so a token left open on a shared computer cannot take the account over; every other
   * token ends, and the one returned carries on here.
   */
  async changePassword(me: CurrentUser, current: string, next: string, address: string) {
    const attempt = await this.attempts.begin(me.email, address);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.id = :id', { id: me.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, current))) throw new BadRequestException('Mật khẩu hiện tại không đúng');
    await this.attempts.succeeded(attempt);
    if (next === current) throw new BadRequestException('Mật khẩu mới phải khác mật khẩu hiện tại');
    if (this.config.nodeEnv === 'production' && (next === this.config.demoPassword || next === PUBLISHED_DEMO_PASSWORD)) {
      throw new BadRequestException('Không dùng mật khẩu của tài khoản minh họa');
    }
    const passwordHash = await hashPassword(next);
    const tokenVersion = await this.users.manager.transaction(async (manager) => {
      const raised = await manager
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
        .where('id = :id', { id: me.id })
        .returning(['tokenVersion'])
        .execute();
      await this.audit.record(manager, { actorId: me.id, action: 'user.password', entity: 'user', entityId: me.id });
      const [row] = raised.raw as { token_version: number }[];
      // The account was read above; an account removed since has no password to change.
      if (!row) throw new NotFoundException('Không tìm thấy người dùng');
      return row.token_version;
    });
    this.forget(me.id);
    return { accessToken: await this.issueToken({ ...user, tokenVersion }), user: publicUser(user) };
  }

  /** Drops this replica's copy of the account, after a change that must take effect at once. */
  forget(id: string): void {
    this.accounts.delete(id);
  }

  /** Demo accounts share a published password: in production it opens nothing, whatever the database holds. */
  private isDemoPasswordInProduction(password: string): boolean {
    return this.config.nodeEnv === 'production' && (password === this.config.demoPassword || password === PUBLISHED_DEMO_PASSWORD);
  }

  /** The user a token names, if the token is valid, the account still active and the token not ended since. */
  async userForToken(token: string): Promise<CurrentUser | null> {
    const claims = await this.verify(token);
    if (!claims || typeof claims.ver !== 'number') return null;
    const user = await this.account(claims.sub);
    return user?.active && user.tokenVersion === claims.ver ? currentUser(user) : null;
  }

  /** The account as it is now, or null once deactivated: a credential is only as good as its account. */
  async activeUser(id: string): Promise<CurrentUser | null> {
    const user = await this.account(id);
    return user?.active ? currentUser(user) : null;
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
    const user = this.users.createQueryBuilder('u').addSelect('u.tokenVersion').where('u.id = :id', { id }).getOne();
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

function currentUser(user: User): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, unitId: user.unitId };
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
