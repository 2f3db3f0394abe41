import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A yearly duty may fall due in any month (`trước ngày 31/3 hằng năm`), not only in December: the
 * draft's item and the series keep the month. Null, as every existing row has it, is December.
 */
export class YearlyDueMonth1796227328848 implements MigrationInterface {
  name = 'YearlyDueMonth1796227328848';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_items" ADD "recurrence_month" smallint`);
    await queryRunner.query(`ALTER TABLE "task_series" ADD "due_month" smallint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_series" DROP COLUMN "due_month"`);
    await queryRunner.query(`ALTER TABLE "assignment_items" DROP COLUMN "recurrence_month"`);
  }
}
