import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from '@dondoc/database';
import type { CurrentUser } from '../common/current-user';
import { dummyPasswordHash, verifyPassword } from './password';

export interface TokenClaims {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.email = :email', { email })
      .getOne();
    const ok = user?.active ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
    if (!user || !ok) throw new UnauthorizedException('Email hoặc mật khẩu không đúng');
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    return { accessToken, user: publicUser(user) };
  }

  /** The user a token names, if the token is valid and the account still active. */
  async userForToken(token: string): Promise<CurrentUser | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user || !user.active) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, unitId: user.unitId };
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
