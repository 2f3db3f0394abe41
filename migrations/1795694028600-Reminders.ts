import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795694028600 implements MigrationInterface {
  name = 'Reminders1795694028600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_settings" ("id" smallint NOT NULL, "policy" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8967b53d42011ef8628dc889979" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_schedule" ("task_id" uuid NOT NULL, "deadline_version" integer NOT NULL, "next_on" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_297df5e0afdba47a758c371fec2" PRIMARY KEY ("task_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_reminder_schedule_next_on" ON "reminder_schedule"  ("next_on") WHERE next_on IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "reminder_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "track" character varying(16) NOT NULL, "step" character varying(80) NOT NULL, "deadline_version" integer NOT NULL, "due_on" date, "days_overdue" integer NOT NULL DEFAULT '0', "notification_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_024791c8b5f923677f242f18959" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_steps_key" ON "reminder_steps"  ("task_id", "track", "step", "deadline_version") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(400) NOT NULL, "kind" character varying(32) NOT NULL, "recipient_user_id" uuid, "recipient_email" character varying(255) NOT NULL, "recipient_name" character varying(255), "window_id" character varying(40), "items" jsonb NOT NULL DEFAULT '[]', "payload" jsonb, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "generation" integer NOT NULL DEFAULT '0', "last_error" text, "subject" text, "message_id" character varying(255), "locked_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_key" ON "notifications"  ("key") `);
    await queryRunner.query(`CREATE INDEX "idx_notifications_status_created" ON "notifications"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_notifications_inflight" ON "notifications"  ("updated_at") WHERE status IN ('pending', 'sending')`);
    await queryRunner.query(
      `CREATE TABLE "caught_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid, "to" text array NOT NULL, "from" character varying(255) NOT NULL, "subject" text NOT NULL, "html" text, "text" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86829a7bde8a1f56a3b1fdb524c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_94248d9cf284a57353938798b7" ON "caught_mails"  ("notification_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b79f4712606a71b015fb213c9f" ON "caught_mails"  ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "reminder_schedule" ADD CONSTRAINT "FK_297df5e0afdba47a758c371fec2" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_steps" ADD CONSTRAINT "FK_f1a4aaf26e62d8b761fafc615f7" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The reminder schedule follows every write to a task, whoever makes it: a new open task with a
    // deadline, a changed deadline or a reopened task is looked at from 60 days before its deadline
    // (more than any policy's earliest step, MAX_POLICY_DAYS working days); the sweep then moves
    // next_on to the exact next step. A finished or cancelled task leaves the schedule.
    await queryRunner.query(`
          CREATE FUNCTION dondoc_reminder_schedule_sync() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF NEW.status IN ('assigned', 'in_progress') AND NEW.deadline IS NOT NULL THEN
              INSERT INTO reminder_schedule (task_id, deadline_version, next_on, updated_at)
              VALUES (NEW.id, NEW.deadline_version, NEW.deadline - 60, now())
              ON CONFLICT (task_id) DO UPDATE
                SET deadline_version = EXCLUDED.deadline_version, next_on = EXCLUDED.next_on, updated_at = now();
            ELSE
              DELETE FROM reminder_schedule WHERE task_id = NEW.id;
            END IF;
            RETURN NULL;
          END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tasks_reminder_schedule_insert AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION dondoc_reminder_schedule_sync()`,
    );
    await queryRunner.query(`
          CREATE TRIGGER tasks_reminder_schedule_update AFTER UPDATE OF status, deadline, deadline_version ON tasks FOR EACH ROW
          WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.deadline IS DISTINCT FROM NEW.deadline OR OLD.deadline_version IS DISTINCT FROM NEW.deadline_version)
          EXECUTE FUNCTION dondoc_reminder_schedule_sync()`);
    await queryRunner.query(`
          INSERT INTO reminder_schedule (task_id, deadline_version, next_on)
          SELECT id, deadline_version, deadline - 60 FROM tasks WHERE status IN ('assigned', 'in_progress') AND deadline IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tasks_reminder_schedule_update ON tasks`);
    await queryRunner.query(`DROP TRIGGER tasks_reminder_schedule_insert ON tasks`);
    await queryRunner.query(`DROP FUNCTION dondoc_reminder_schedule_sync()`);
    await queryRunner.query(`ALTER TABLE "reminder_steps" DROP CONSTRAINT "FK_f1a4aaf26e62d8b761fafc615f7"`);
    await queryRunner.query(`ALTER TABLE "reminder_schedule" DROP CONSTRAINT "FK_297df5e0afdba47a758c371fec2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b79f4712606a71b015fb213c9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94248d9cf284a57353938798b7"`);
    await queryRunner.query(`DROP TABLE "caught_mails"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_inflight"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notifications_key"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reminder_steps_key"`);
    await queryRunner.query(`DROP TABLE "reminder_steps"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reminder_schedule_next_on"`);
    await queryRunner.query(`DROP TABLE "reminder_schedule"`);
    await queryRunner.query(`DROP TABLE "reminder_settings"`);
  }
}
