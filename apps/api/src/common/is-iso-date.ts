import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused). */
export const IsIsoDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} phải có dạng YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} không phải là ngày có thật` }),
  );
