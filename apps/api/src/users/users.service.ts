import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { User } from '@dondoc/database';
import type { Role } from '@dondoc/domain';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import type { CreateUserDto, UpdateUserDto } from './users.dto';

const UNIT_ROLES: Role[] = ['unit_head', 'unit_staff'];
const UNIT_REQUIRED = 'Trưởng đơn vị và cán bộ đơn vị phải thuộc một đơn vị: hãy chọn đơn vị';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(page: number, pageSize: number, role?: Role): Promise<Page<User>> {
    const [items, total] = await this.db.getRepository(User).findAndCount({
      where: role ? { role } : {},
      order: { name: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  create(dto: CreateUserDto, me: CurrentUser): Promise<User> {
    if (UNIT_ROLES.includes(dto.role) && !dto.unitId) throw new BadRequestException(UNIT_REQUIRED);
    return this.db.transaction(async (manager) => {
      const { password, ...rest } = dto;
      const saved = await manager.save(User, manager.create(User, { ...rest, unitId: rest.unitId ?? null, passwordHash: await hashPassword(password) }));
      const user = await this.reload(manager, saved.id);
      await this.audit.record(manager, { actorId: me.id, action: 'user.create', entity: 'user', entityId: user.id, after: user });
      return user;
    });
  }

  update(id: string, dto: UpdateUserDto, me: CurrentUser): Promise<User> {
    return this.db
      .transaction(async (manager) => {
        const before = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw new NotFoundException('Không tìm thấy người dùng');
        const { password, ...rest } = dto;
        const role = rest.role ?? before.role;
        const unitId = rest.unitId === undefined ? before.unitId : rest.unitId;
        if (UNIT_ROLES.includes(role) && !unitId) throw new BadRequestException(UNIT_REQUIRED);
        // A password an admin sets ends the account's sign-ins: whoever held the old one is out.
        const credentials = password ? { passwordHash: await hashPassword(password), tokenVersion: () => 'token_version + 1' } : {};
        await manager.update(User, { id }, { ...rest, ...credentials });
        const after = await this.reload(manager, id);
        await this.audit.record(manager, {
          actorId: me.id,
          action: password ? 'user.update+password' : 'user.update',
          entity: 'user',
          entityId: id,
          before,
          after,
        });
        return after;
      })
      .finally(() => this.auth.forget(id));
  }

  private async reload(manager: EntityManager, id: string): Promise<User> {
    return manager.findOneOrFail(User, { where: { id } });
  }
}
