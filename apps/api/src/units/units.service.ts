import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Unit, UnitsRepository, User } from '@dondoc/database';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { CreateUnitDto, UpdateUnitDto } from './units.dto';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly tree: UnitsRepository,
  ) {}

  /** The active units by code. */
  /** The active units, by code: the directory the parser and every picker need whole (a district has a few hundred). */
  list(): Promise<Unit[]> {
    return this.db.getRepository(Unit).find({ where: { active: true }, order: { code: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<Unit> {
    const unit = await this.db.getRepository(Unit).findOneBy({ id });
    if (!unit) throw new NotFoundException('Không tìm thấy đơn vị');
    return unit;
  }

  create(dto: CreateUnitDto, me: CurrentUser): Promise<Unit> {
    return this.db.transaction(async (manager) => {
      if (dto.kind === 'committee') guardCommitteeMail(me);
      // A unit being created has no members yet, so no one can be named its head.
      if (dto.headUserId) throw new BadRequestException(HEAD_NOT_MEMBER);
      const unit = await manager.save(Unit, manager.create(Unit, { ...dto, aliases: dto.aliases ?? [] }));
      await this.audit.record(manager, { actorId: me.id, action: 'unit.create', entity: 'unit', entityId: unit.id, after: unit });
      return unit;
    });
  }

  update(id: string, dto: UpdateUnitDto, me: CurrentUser): Promise<Unit> {
    return this.db.transaction(async (manager) => {
      const before = await manager.findOne(Unit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException('Không tìm thấy đơn vị');
      if (dto.parentId && (await this.tree.isAncestorOrSelf(manager, id, dto.parentId))) {
        throw new BadRequestException('Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó');
      }
      if (before.kind === 'committee' || dto.kind === 'committee') {
        const touched = (['headUserId', 'email', 'kind', 'active', 'parentId'] as const).some((k) => dto[k] !== undefined && dto[k] !== before[k]);
        if (touched) guardCommitteeMail(me);
      }
      const head = dto.headUserId !== undefined ? dto.headUserId : before.headUserId;
      if (head && (dto.headUserId !== undefined || dto.kind !== undefined)) await this.checkHead(manager, id, dto.kind ?? before.kind, head);
      const after = await manager.save(Unit, { ...before, ...dto });
      await this.audit.record(manager, { actorId: me.id, action: 'unit.update', entity: 'unit', entityId: id, before, after });
      return after;
    });
  }

  /** The head receives the unit's mail: only an active member of the unit holding the role that heads such a unit. */
  private async checkHead(manager: EntityManager, unitId: string, kind: Unit['kind'], headUserId: string): Promise<void> {
    const head = await manager.findOneBy(User, { id: headUserId, unitId, active: true, role: kind === 'committee' ? 'leader' : 'unit_head' });
    if (!head) throw new BadRequestException(HEAD_NOT_MEMBER);
  }
}

const HEAD_NOT_MEMBER = 'Người đứng đầu phải là tài khoản đang hoạt động của chính đơn vị này, với vai trò trưởng đơn vị (lãnh đạo UBND đối với Ủy ban)';

/** The committee's head receives escalations as chairman and its address the committee's mail: an admin decides them. */
function guardCommitteeMail(me: CurrentUser): void {
  if (me.role !== 'admin') throw new ForbiddenException('Chỉ quản trị viên được đổi người đứng đầu, địa chỉ thư hoặc trạng thái của Ủy ban');
}
