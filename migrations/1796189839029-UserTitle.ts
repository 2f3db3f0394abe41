import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's office (chức danh), such as "Phó Chủ tịch UBND huyện": a notice names its leader by it. */
export class UserTitle1796189839029 implements MigrationInterface {
  name = 'UserTitle1796189839029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "title" character varying(255)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "title"`);
  }
}
