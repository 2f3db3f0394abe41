import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A sign-in token names the version of its account's credentials; raising it ends every token issued before. */
export class TokenVersion1796190455698 implements MigrationInterface {
  name = 'TokenVersion1796190455698';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
