import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runner, type Tx } from './executor';

/** The ids of every unit under the unit in the parameter `unit`, however deep (a school under the education office). */
export const subordinateUnitsSql = (unit: string): string =>
  `(WITH RECURSIVE sub AS (SELECT id FROM units WHERE parent_id = ${unit} UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`;

/** Reads of the unit tree that TypeORM's finders do not express. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether `unitId` is `ancestorId` or one of its ancestors would be: making it the parent would close a loop. */
  async isAncestorOrSelf(tx: Tx | undefined, unitId: string, ancestorId: string): Promise<boolean> {
    const rows: { id: string }[] = await runner(this.db, tx).query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM units WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)
       SELECT id FROM up WHERE id = $2`,
      [ancestorId, unitId],
    );
    return rows.length > 0;
  }

  /** Whether `unitId` is under `ancestorId`, however deep. */
  async isUnder(tx: Tx | undefined, unitId: string, ancestorId: string): Promise<boolean> {
    const rows: unknown[] = await runner(this.db, tx).query(`SELECT 1 WHERE $1::uuid IN ${subordinateUnitsSql('$2::uuid')}`, [unitId, ancestorId]);
    return rows.length > 0;
  }

  /** The ids of every unit under the unit, however deep. */
  async subordinateIds(unitId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM ${subordinateUnitsSql('$1::uuid')} AS sub`, [unitId]);
    return rows.map((row) => row.id);
  }

  /** The top committee of the unit tree and its office: the body that keeps track of directives. */
  async issuer(): Promise<{ committee: string | null; office: string | null }> {
    const [row]: { committee: string; office: string | null }[] = await this.db.query(
      `SELECT c.name AS committee,
              (SELECT o.name FROM units o WHERE o.parent_id = c.id AND o.kind = 'office' AND o.active ORDER BY o.code LIMIT 1) AS office
         FROM units c
        WHERE c.parent_id IS NULL AND c.kind = 'committee' AND c.active
        ORDER BY c.code LIMIT 1`,
    );
    return { committee: row?.committee ?? null, office: row?.office ?? null };
  }
}
