import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Unit, UnitsRepository } from '@dondoc/database';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import type { CreateUnitDto, UpdateUnitDto } from './units.dto';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly tree: UnitsRepository,
  ) {}

  /** The active units by code. */
  async list(page: number, pageSize: number): Promise<Page<Unit>> {
    const [items, total] = await this.db.getRepository(Unit).findAndCount({
      where: { active: true }, order: { code: 'ASC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  async get(id: string): Promise<Unit> {
    const unit = await this.db.getRepository(Unit).findOneBy({ id });
    if (!unit) throw new NotFoundException('Không tìm thấy đơn vị');
    return unit;
  }

  create(dto: CreateUnitDto, me: CurrentUser): Promise<Unit> {
    return this.db.transaction(async (m) => {
      const unit = await m.save(Unit, m.create(Unit, { ...dto, aliases: dto.aliases ?? [] }));
      await this.audit.record(m, { actorId: me.id, action: 'unit.create', entity: 'unit', entityId: unit.id, after: unit });
      return unit;
    });
  }

  update(id: string, dto: UpdateUnitDto, me: CurrentUser): Promise<Unit> {
    return this.db.transaction(async (m) => {
      const before = await m.findOne(Unit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException('Không tìm thấy đơn vị');
      if (dto.parentId && (await this.tree.isAncestorOrSelf(m, id, dto.parentId))) {
        throw new BadRequestException('Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó');
      }
      const after = await m.save(Unit, { ...before, ...dto });
      await this.audit.record(m, { actorId: me.id, action: 'unit.update', entity: 'unit', entityId: id, before, after });
      return after;
    });
  }

}
