import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@dondoc/domain';
import type { CurrentUser } from '../common/current-user';
import { PUBLIC_KEY, ROLES_KEY } from '../common/roles.decorator';
import { AuthService } from './auth.service';

/** Every route needs a valid bearer token unless marked @Public(); @Roles narrows it further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: CurrentUser }>();
    const token = bearerToken(req.headers);
    if (!token) throw new UnauthorizedException('Cần đăng nhập');
    const user = await this.auth.userForToken(token);
    if (!user) throw new UnauthorizedException('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    req.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('Bạn không có quyền thực hiện thao tác này');
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(headers: { authorization?: string }): string | null {
  const [scheme, token] = (headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : null;
}
