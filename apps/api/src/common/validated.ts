import { BadRequestException, type Type } from '@nestjs/common';
import { createValidationPipe } from './validation';

// The same rules as the global pipe, for a body a handler has to read itself.
const pipe = createValidationPipe();

/** Validates a plain body against a DTO class, with the global pipe's rules and error shape. */
export async function validated<T extends object>(dto: Type<T>, body: unknown): Promise<T> {
  if (body === null || typeof body !== 'object') throw new BadRequestException('Thiếu nội dung yêu cầu (JSON)');
  return (await pipe.transform(body, { type: 'body', metatype: dto })) as T;
}
