import { SetMetadata } from '@nestjs/common';
import type { Role } from '@dondoc/domain';

export const ROLES_KEY = 'dondoc:roles';
export const PUBLIC_KEY = 'dondoc:public';

/** Only these roles may call the route (403 for the others). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no sign-in. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
