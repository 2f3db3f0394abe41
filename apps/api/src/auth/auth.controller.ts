import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Public } from '../common/roles.decorator';
import { ChangePasswordDto, LoginDto, MeView, SessionView } from './auth.dto';
import { AuthService } from './auth.service';
import { fromWebApp, SessionCookie } from './session';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  /**
   * The token in the body serves API clients and scripts. The web app (by its header) also gets
   * the session cookie, and only it: another site's page cannot send that header, so it cannot sign
   * a visitor's browser in to an account of its choosing.
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    // req.ip is the connection's address unless it comes from a proxy named in TRUST_PROXY.
    const session = await this.auth.login(dto.email, dto.password, request.ip);
    if (fromWebApp(request)) this.cookie.set(request, reply, session.accessToken);
    return session;
  }

  /** Ends every token of the signed-in account, on every device, and clears this browser's cookie. */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@Me() me: CurrentUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(me.id);
    this.cookie.clear(request, reply);
  }

  /** A new password for the signed-in user; other sign-ins end, and a new token is returned (in the cookie too, for the web app). */
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async changePassword(
    @Body() dto: ChangePasswordDto,
    @Me() me: CurrentUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionView> {
    const session = await this.auth.changePassword(me, dto.currentPassword, dto.newPassword, request.ip);
    if (fromWebApp(request)) this.cookie.set(request, reply, session.accessToken);
    return session;
  }

  /** Who is signed in: how the web app, which cannot read its cookie, knows. */
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: MeView })
  me(@Me() me: CurrentUser): Promise<MeView> {
    return this.auth.me(me.id);
  }
}
