import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Public } from '../common/roles.decorator';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: FastifyRequest) {
    // req.ip is the connection's address unless it comes from a proxy named in TRUST_PROXY.
    return this.auth.login(dto.email, dto.password, req.ip);
  }

  /** Ends every token of the signed-in account, on every device. */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@Me() me: CurrentUser): Promise<void> {
    await this.auth.logout(me.id);
  }

  /** A new password for the signed-in user; other sign-ins end, and a new token is returned. */
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  changePassword(@Body() dto: ChangePasswordDto, @Me() me: CurrentUser, @Req() req: FastifyRequest) {
    return this.auth.changePassword(me, dto.currentPassword, dto.newPassword, req.ip);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@Me() me: CurrentUser) {
    return this.auth.me(me.id);
  }
}
