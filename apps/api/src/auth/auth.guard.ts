import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@dondoc/domain';
import type { CurrentUser } from '../common/current-user';
import { PUBLIC_KEY, ROLES_KEY } from '../common/roles.decorator';
import { AuthService } from './auth.service';
import { credentialOf, mayBeForged } from './session';

/**
 * Every route needs a valid token, as a bearer header or the web app's session cookie, unless
 * marked @Public(); @Roles narrows it further. A write carried by the cookie alone also needs the
 * web app's header (`mayBeForged`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: CurrentUser }>();
    const credential = credentialOf(request);
    if (!credential) throw new UnauthorizedException('Cần đăng nhập');
    if (mayBeForged(request, credential)) {
      throw new ForbiddenException('Yêu cầu bị từ chối vì không gửi từ ứng dụng Đôn đốc. Vui lòng tải lại trang rồi thử lại.');
    }
    const user = await this.auth.userForToken(credential.token);
    if (!user) throw new UnauthorizedException('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    request.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('Bạn không có quyền thực hiện thao tác này');
    return true;
  }
}
