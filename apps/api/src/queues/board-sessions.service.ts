import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { AuthService } from '../auth/auth.service';
import type { CurrentUser } from '../common/current-user';

const AUDIENCE = 'dondoc-queue-board';
export const BOARD_SESSION_SECONDS = 15 * 60;

/**
 * The short-lived token in the Bull Board cookie. Its key is derived from JWT_SECRET for this use
 * alone, so a board cookie never passes as a sign-in token, nor a sign-in token as a board cookie.
 */
@Injectable()
export class BoardSessionsService {
  private readonly secret: string;

  constructor(
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = createHmac('sha256', config.jwtSecret).update(AUDIENCE).digest('hex');
  }

  issue(user: CurrentUser): Promise<string> {
    return this.jwt.signAsync({ sub: user.id }, { secret: this.secret, audience: AUDIENCE, expiresIn: BOARD_SESSION_SECONDS });
  }

  /** The account behind a board cookie, as it is now: a deactivated or demoted admin loses the board within seconds. */
  async userFor(token: string | undefined): Promise<CurrentUser | null> {
    if (!token) return null;
    let sub: string;
    try {
      ({ sub } = await this.jwt.verifyAsync<{ sub: string }>(token, { secret: this.secret, audience: AUDIENCE }));
    } catch {
      return null;
    }
    return this.auth.activeUser(sub);
  }
}
