import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox keeps whom a mail is for as a role (`target`, and `items[].to` per task), looked up as
 * the mail leaves; `recipient_email` is where the role led when planned (null: nobody held it),
 * then where the mail actually went.
 */
export class RecipientRoles1796216251436 implements MigrationInterface {
  name = 'RecipientRoles1796216251436';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "target" jsonb`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "recipient_email" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A mail planned for a role nobody held has no address to go back to.
    await queryRunner.query(`UPDATE "notifications" SET "recipient_email" = '' WHERE "recipient_email" IS NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "recipient_email" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "target"`);
  }
}
