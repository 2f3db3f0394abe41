import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring duties become series: a task per period, linked to its series. Tasks published before
 * stay as they were (one standing task each); only new publications make series.
 */
export class RecurringDuties1796215777320 implements MigrationInterface {
  name = 'RecurringDuties1796215777320';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "directive_id" uuid NOT NULL, "assignment_item_id" uuid NOT NULL, "lead_unit_id" uuid NOT NULL, "recurrence" character varying(16) NOT NULL, "due_day" smallint, "ends_on" date, "next_period_start" date, "stopped_at" TIMESTAMP WITH TIME ZONE, "stopped_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b0cee29926405caa240029ae2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dd4d476915538cf4a86b12a04f" ON "task_series"  ("directive_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_task_series_next" ON "task_series"  ("next_period_start") WHERE next_period_start IS NOT NULL AND stopped_at IS NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_task_series_item_unit" ON "task_series"  ("assignment_item_id", "lead_unit_id") `);
    await queryRunner.query(`ALTER TABLE "assignment_items" ADD "recurrence_day" smallint`);
    await queryRunner.query(`ALTER TABLE "assignment_items" ADD "recurrence_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "series_id" uuid`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "period_start" date`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "period_end" date`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_tasks_series_period" ON "tasks"  ("series_id", "period_start") WHERE series_id IS NOT NULL`);
    // A series has many tasks of one item and unit, one per period: the old uniqueness holds for the others.
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_item_unit"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_tasks_item_unit" ON "tasks"  ("assignment_item_id", "lead_unit_id") WHERE series_id IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "task_series" ADD CONSTRAINT "FK_dd4d476915538cf4a86b12a04f7" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_series" ADD CONSTRAINT "FK_1089e3a9cad7535d07ac0b2992f" FOREIGN KEY ("assignment_item_id") REFERENCES "assignment_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_series" ADD CONSTRAINT "FK_fdd3bd7e38eb89cbf53672e1538" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_a6653ac27e78fd7d62646be0fb1" FOREIGN KEY ("series_id") REFERENCES "task_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_a6653ac27e78fd7d62646be0fb1"`);
    await queryRunner.query(`ALTER TABLE "task_series" DROP CONSTRAINT "FK_fdd3bd7e38eb89cbf53672e1538"`);
    await queryRunner.query(`ALTER TABLE "task_series" DROP CONSTRAINT "FK_1089e3a9cad7535d07ac0b2992f"`);
    await queryRunner.query(`ALTER TABLE "task_series" DROP CONSTRAINT "FK_dd4d476915538cf4a86b12a04f7"`);
    // Undone, each series keeps its first task only: the old index allows one per item and unit.
    await queryRunner.query(
      `DELETE FROM "tasks" WHERE "series_id" IS NOT NULL AND "period_start" > (SELECT min(t2.period_start) FROM "tasks" t2 WHERE t2.series_id = "tasks"."series_id")`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_item_unit"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_tasks_item_unit" ON "tasks"  ("assignment_item_id", "lead_unit_id") `);
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_series_period"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "period_end"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "period_start"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "series_id"`);
    await queryRunner.query(`ALTER TABLE "assignment_items" DROP COLUMN "recurrence_ends_on"`);
    await queryRunner.query(`ALTER TABLE "assignment_items" DROP COLUMN "recurrence_day"`);
    await queryRunner.query(`DROP INDEX "public"."idx_task_series_item_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_task_series_next"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd4d476915538cf4a86b12a04f"`);
    await queryRunner.query(`DROP TABLE "task_series"`);
  }
}
