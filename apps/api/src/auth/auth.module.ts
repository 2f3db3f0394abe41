import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { User } from '@dondoc/database';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService, TOKEN_AUDIENCE, TOKEN_ISSUER } from './auth.service';
import { FirstAdminService } from './first-admin.service';
import { LoginAttempts } from './login-attempts';
import { SessionCookie } from './session';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        // Pinning the algorithm is what refuses `alg: none` and key-confusion tokens; issuer and
        // audience keep a token made with the same secret for another purpose from passing as a sign-in.
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginAttempts, FirstAdminService, SessionCookie, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, JwtModule],
})
export class AuthModule {}
