import { BadRequestException, ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';

/** One refused field of a request: where it is (`assignments.0.tasks.1.deadline`) and what is wrong, in Vietnamese. */
export interface FieldError {
  field: string;
  message: string;
}

// A payload wrong everywhere (a directive with thousands of tasks) is told its first mistakes, not all of them.
const MAX_FIELD_ERRORS = 100;

type Rule = (field: string, args: unknown[]) => string;

/** A rule's argument (a number, a length, one of the allowed values) as the message writes it. */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

/** What each class-validator rule the DTOs use says, by the rule's name; `args` are the rule's own (`Max(200)`: [200]). */
const RULES: Record<string, Rule> = {
  whitelistValidation: (field) => `Trường ${field} không được phép`,
  isDefined: (field) => `Thiếu trường ${field}`,
  isObject: (field) => `${field} phải là một đối tượng JSON`,
  nestedValidation: (field) => `${field} phải là một đối tượng hoặc danh sách`,
  isString: (field) => `${field} phải là chuỗi ký tự`,
  isInt: (field) => `${field} phải là số nguyên`,
  isNumber: (field) => `${field} phải là số`,
  isBoolean: (field) => `${field} phải là true hoặc false`,
  isArray: (field) => `${field} phải là một danh sách`,
  isEmail: (field) => `${field} phải là địa chỉ email hợp lệ`,
  isUuid: (field) => `${field} phải là mã định danh (UUID) hợp lệ`,
  isIso8601: (field) => `${field} phải là ngày hợp lệ`,
  matches: (field) => `${field} không đúng định dạng`,
  min: (field, [min]) => `${field} không được nhỏ hơn ${text(min)}`,
  max: (field, [max]) => `${field} không được lớn hơn ${text(max)}`,
  isIn: (field, [values]) => `${field} phải là một trong các giá trị: ${(values as unknown[]).map(text).join(', ')}`,
  minLength: (field, [min]) => `${field} phải có ít nhất ${text(min)} ký tự`,
  maxLength: (field, [max]) => `${field} chỉ được tối đa ${text(max)} ký tự`,
  isLength: (field, [min, max]) =>
    max === undefined ? `${field} phải có ít nhất ${text(min)} ký tự` : `${field} phải dài từ ${text(min)} đến ${text(max)} ký tự`,
  arrayMaxSize: (field, [max]) => `${field} chỉ được có tối đa ${text(max)} phần tử`,
};

/** The rule as declared on the DTO's property: its arguments, whether it applies to each element, its own message. */
function declaredRule(error: ValidationError, name: string) {
  const dto = (error.target as object | undefined)?.constructor;
  if (!dto) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .find((rule) => rule.propertyName === error.property && rule.name === name);
}

function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, english]) => {
      const rule = declaredRule(error, name);
      // A DTO that words its own message (IsIsoDate, a unit's code) already speaks Vietnamese.
      if (rule?.message !== undefined) return { field, message: english };
      const subject = rule?.each ? `Mỗi phần tử của ${field}` : field;
      return { field, message: (RULES[name] ?? ((f: string) => `${f} không hợp lệ`))(subject, rule?.constraints ?? []) };
    });
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** The 400 a refused request gets: `message` lists the problems, `errors` says which field each is about. */
export function validationFailure(errors: ValidationError[]): BadRequestException {
  const found = fieldErrors(errors);
  const shown = found.slice(0, MAX_FIELD_ERRORS);
  const message = shown.map((e) => e.message);
  if (found.length > shown.length) message.push(`… và ${found.length - shown.length} lỗi khác`);
  return new BadRequestException({ message, errors: shown });
}

/** The pipe every request body, query and the bodies handlers read themselves go through. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The DTO instance an error was found in is where its rule's arguments are looked up; it is not sent.
    validationError: { target: true },
    exceptionFactory: validationFailure,
  });
}

/** An id in the path (`/tasks/:id`) that is no UUID: a 400 in Vietnamese that names the segment, not Nest's English. */
export const ParseId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      message: 'Mã trong đường dẫn không hợp lệ: cần một mã định danh (UUID)',
      errors: [{ field: 'id', message: 'id phải là mã định danh (UUID) hợp lệ' }],
    }),
});
