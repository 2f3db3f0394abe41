import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@dondoc/domain';
import { pageOf, type Page } from './executor';
import { SqlParams } from './tasks/timeliness.sql';

export interface AuditFilter {
  /** The kind of record changed: `task`, `directive`, `unit`, `user`, `calendar_day` ... */
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Local calendar days, both inclusive, in `timezone`. */
  from?: IsoDate;
  to?: IsoDate;
  timezone: string;
}

export interface AuditListItem {
  id: string;
  action: string;
  entity: string;
  entityId: string | null;
  actor: { id: string; name: string; email: string } | null;
  before: object | null;
  after: object | null;
  createdAt: Date;
}

/** The audit trail as admins read it: who changed what and when, newest first. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: AuditFilter, page: { limit: number; offset: number }): Promise<Page<AuditListItem>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.entity) where.push(`a.entity = ${p.add(filter.entity)}`);
    if (filter.entityId) where.push(`a.entity_id = ${p.add(filter.entityId)}`);
    if (filter.actorId) where.push(`a.actor_id = ${p.add(filter.actorId)}::uuid`);
    if (filter.from || filter.to) {
      const day = `(a.created_at AT TIME ZONE ${p.add(filter.timezone)})::date`;
      if (filter.from) where.push(`${day} >= ${p.add(filter.from)}::date`);
      if (filter.to) where.push(`${day} <= ${p.add(filter.to)}::date`);
    }
    const rows: (AuditListItem & { total: string })[] = await this.db.query(
      `SELECT a.id::text AS id, a.action, a.entity, a.entity_id AS "entityId", a.before, a.after, a.created_at AS "createdAt",
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS actor,
              count(*) OVER () AS total
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`,
      p.values,
    );
    return pageOf(rows);
  }
}
