import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { SnakeNamingStrategy } from '@dondoc/database';
import { InvalidTransitionError } from '@dondoc/domain';
import type { FieldError } from './validation';
import type { WebPage } from './web-page';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const naming = new SnakeNamingStrategy();

/**
 * What a duplicate says, by the unique index it broke (named as TypeORM names an entity's `@Index({ unique: true })`):
 * the person is told which value is taken, not that "something" exists.
 */
const DUPLICATES: Record<string, string> = {
  [naming.indexName('users', ['email'])]: 'Email này đã được dùng cho một tài khoản khác',
  [naming.indexName('units', ['code'])]: 'Mã đơn vị này đã được dùng cho một đơn vị khác',
};

/**
 * Every error leaves as `{statusCode, error, message}`, a refused request's with `errors` field by field;
 * nothing internal (SQL, stack) reaches the client.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  /**
   * With a `webPage`, a GET that matches nothing gets the web app, whose router knows /tasks/123,
   * unless it is under one of `serverPaths` (the API, Bull Board), where a 404 must stay a 404.
   */
  constructor(private readonly options: { webPage: WebPage | null; serverPaths?: string[] } = { webPage: null }) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { statusCode, message, errors } = this.describe(exception);
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (statusCode === 404 && this.options.webPage && request.method === 'GET' && !this.isServerPath(request.url)) {
      this.options.webPage.send(reply);
      return;
    }
    // A refusal that lifts at a known time (too many sign-ins) says when.
    const retryAfter = (exception as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    if (statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(statusCode).send({ statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(errors && { errors }) });
  }

  private isServerPath(url: string): boolean {
    const [path = ''] = url.split('?');
    return (this.options.serverPaths ?? []).some((p) => path === p || path.startsWith(`${p}/`));
  }

  private describe(exception: unknown): { statusCode: number; message: string | string[]; errors?: FieldError[] } {
    // Fastify's refusal of a body over the route's limit, which Nest wraps in an HttpException.
    const cause = exception instanceof HttpException ? exception.cause : exception;
    if ((cause as { code?: string } | undefined)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return { statusCode: HttpStatus.PAYLOAD_TOO_LARGE, message: 'Nội dung gửi lên quá lớn' };
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      if (typeof body === 'string') return { statusCode: exception.getStatus(), message: body };
      const { message, errors } = body as { message?: string | string[]; errors?: FieldError[] };
      return { statusCode: exception.getStatus(), message: message ?? exception.message, errors };
    }
    if (exception instanceof InvalidTransitionError) return { statusCode: HttpStatus.CONFLICT, message: exception.message };
    if (exception instanceof QueryFailedError) {
      const { code, constraint } = (exception as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError ?? {};
      if (code === '23505') return { statusCode: HttpStatus.CONFLICT, message: DUPLICATES[constraint ?? ''] ?? 'Dữ liệu này đã có trong hệ thống' };
      if (code === '23503') return { statusCode: HttpStatus.CONFLICT, message: 'Bản ghi đang được dùng ở nơi khác' };
      if (code === '22P02' || code === '22007' || code === '22008') return { statusCode: HttpStatus.BAD_REQUEST, message: 'Giá trị không hợp lệ' };
    }
    const status = (exception as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, message: (exception as Error).message };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Lỗi hệ thống, vui lòng thử lại sau' };
  }
}
