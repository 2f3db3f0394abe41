import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@dondoc/config';
import type { Clock } from '@dondoc/domain';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from '@dondoc/database';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_FIELDS = new Set(['passwordHash', 'password']);

/** Writes the audit trail inside the caller's transaction: the change and its record land together. */
@Injectable()
export class AuditService {
  // The record's time is the app's clock, like every other time it keeps.
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      createdAt: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: scrub(entry.before) as object | null,
      after: scrub(entry.after) as object | null,
    });
  }
}

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => !SECRET_FIELDS.has(k)));
}
