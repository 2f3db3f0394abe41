import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@dondoc/domain';

/** The signed-in user as the guards established it for this request. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
}

export const Me = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUser => {
  return context.switchToHttp().getRequest<{ user: CurrentUser }>().user;
});

export const isUnitMember = (u: CurrentUser) => u.role === 'unit_head' || u.role === 'unit_staff';
