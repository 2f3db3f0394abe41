import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Public } from '../common/roles.decorator';
import { LoginDto } from './auth.dto';
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

  @ApiBearerAuth()
  @Get('me')
  me(@Me() me: CurrentUser) {
    return this.auth.me(me.id);
  }
}
