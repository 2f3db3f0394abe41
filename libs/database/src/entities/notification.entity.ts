import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate, RecipientTarget } from '@dondoc/domain';

export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_KINDS = [
  'digest',
  'task_published',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'work_submitted',
  'work_accepted',
  'work_returned',
  'weekly_summary',
  'task_corrected',
  'leader_comment',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One task a mail is about, with the step that brought it in. */
export interface NotificationItem {
  taskId: string;
  track: string;
  step: string;
  kind: string;
  dueOn: IsoDate | null;
  daysOverdue: number;
  /**
   * Whom this task's line is for (the unit's head, one of its staff, the task's clerk or leader, the
   * chairman): looked up again when the mail leaves. Absent in rows written before it was kept.
   */
  to?: RecipientTarget;
}

/**
 * The outbox: one row per mail to one recipient, written before its delivery job is queued, with a
 * NOT NULL unique key (`digest|<window>|<email>`, `published|<directive>|<email>` ...) that is also
 * the job's id. pending → sending → sent | failed, or skipped: a digest whose tasks all
 * finished or changed deadline before it went out.
 */
@Entity('notifications')
@Index('idx_notifications_inflight', ['updatedAt'], { where: `status IN ('pending', 'sending') AND send_after IS NULL` })
@Index('idx_notifications_held', ['sendAfter'], { where: 'send_after IS NOT NULL' })
@Index('idx_notifications_status_created', ['status', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_notifications_key', { unique: true })
  @Column({ type: 'varchar', length: 400 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  /**
   * Planned: the address the role resolved to when the mail was made (null when nobody held it).
   * Sent: the address it actually went to, looked up as it left.
   */
  @Column({ type: 'varchar', length: 255, nullable: true })
  recipientEmail!: string | null;

  /**
   * Whom a mail of one recipient is for (an event mail, a weekly summary), resolved when it leaves;
   * a mail listing tasks names it per task (`items[].to`). Null in rows written before it was kept.
   */
  @Column({ type: 'jsonb', nullable: true })
  target!: RecipientTarget | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  recipientName!: string | null;

  /** The send window of a digest (`2026-11-26`), or the week of a summary. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  windowId!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items!: NotificationItem[];

  /** What an event mail says beyond its tasks (the new deadline, the reason ...). */
  @Column({ type: 'jsonb', nullable: true })
  payload!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Bumped when the row is queued again (a resend, a lost job): part of the job id. */
  @Column({ type: 'int', default: 0 })
  generation!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  /**
   * A digest planned before its window opened: held (no delivery job) until the window opens, when
   * the sweep clears this and queues it. Until then the sweep may add tasks to it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sendAfter!: Date | null;

  /** While `sending`: no other delivery may take the row before this instant. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The business clock's time when the row was written (the ledger shows it). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** The database's time of the last change: how long a row has been in flight. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A mail the built-in catcher kept, when SMTP_URL is not set. */
@Entity('caught_mails')
export class CaughtMail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  notificationId!: string | null;

  @Column({ type: 'text', array: true })
  to!: string[];

  @Column({ type: 'varchar', length: 255 })
  from!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
