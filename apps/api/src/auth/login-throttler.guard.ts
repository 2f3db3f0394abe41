import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Counts sign-in attempts per address and account, so guessing one password is slowed to a crawl. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    return `${req.ip}|${email}`;
  }

  protected override async getErrorMessage(): Promise<string> {
    return 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ít phút';
  }
}
