import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { IsoDate, ReminderPolicy, ReminderTrack } from '@dondoc/domain';
import { Task } from './task.entity';

/** The reminder policy an admin set; without a row the defaults of docs/domain.md apply. One row, id 1. */
@Entity('reminder_settings')
export class ReminderSettings {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'jsonb' })
  policy!: ReminderPolicy;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * When an open task with a deadline next needs the sweep's attention. A trigger on `tasks` keeps a
 * row per open task with a deadline (made, reset on a deadline or status change, removed when the
 * task is finished); the sweep moves `next_on` to the task's next step. The sweep reads only rows
 * with `next_on <= today` through a partial index, so its cost follows what is due, not all tasks.
 */
@Entity('reminder_schedule')
@Index('idx_reminder_schedule_next_on', ['nextOn'], { where: 'next_on IS NOT NULL' })
export class ReminderSchedule {
  @PrimaryColumn({ type: 'uuid' })
  taskId!: string;

  @OneToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Column({ type: 'int' })
  deadlineVersion!: number;

  @Column({ type: 'date', nullable: true })
  nextOn!: IsoDate | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/**
 * A step of a task's plan that fired (a reminder, an overdue notice, an escalation, an event): at
 * most once per task, track, step and deadline version, whatever happens.
 */
@Entity('reminder_steps')
@Index('uq_reminder_steps_key', ['taskId', 'track', 'step', 'deadlineVersion'], { unique: true })
export class ReminderStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Column({ type: 'varchar', length: 16 })
  track!: ReminderTrack | 'event';

  @Column({ type: 'varchar', length: 80 })
  step!: string;

  @Column({ type: 'int' })
  deadlineVersion!: number;

  @Column({ type: 'date', nullable: true })
  dueOn!: IsoDate | null;

  @Column({ type: 'int', default: 0 })
  daysOverdue!: number;

  /** The mails (one per recipient) that carried this step. */
  @Column({ type: 'uuid', array: true })
  notificationIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
