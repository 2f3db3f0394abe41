import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ExtensionStatus, IsoDate, TaskStatus } from '@dondoc/domain';
import { Task } from './task.entity';
import { User } from './user.entity';

export type TaskUpdateKind = 'progress' | 'status' | 'note' | 'correction';

/** A progress report, a status change, a note, or a correction of the published task, as the task's timeline shows it. */
@Entity('task_updates')
@Index(['taskId', 'createdAt'])
export class TaskUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Column({ type: 'varchar', length: 16 })
  kind!: TaskUpdateKind;

  @Column({ type: 'smallint', nullable: true })
  progress!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: TaskStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus!: TaskStatus | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /**
   * When it happened by the business clock (the injected clock, as every rule reads time): a
   * report as of a past day undoes what came after it. `createdAt` keeps the order of writing.
   */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}

@Entity('extension_requests')
@Index(['taskId', 'createdAt'])
export class ExtensionRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Column({ type: 'date' })
  requestedDeadline!: IsoDate;

  @Column({ type: 'date', nullable: true })
  previousDeadline!: IsoDate | null;

  @Column({ type: 'text' })
  reason!: string;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ExtensionStatus;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Relation<User> | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Every move of a task's deadline, so reports can show where it started and how often it moved. */
@Entity('deadline_changes')
@Index(['taskId', 'createdAt'])
export class DeadlineChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Column({ type: 'date', nullable: true })
  previousDeadline!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  newDeadline!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  extensionRequestId!: string | null;

  @Column({ type: 'uuid' })
  changedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When it happened by the business clock: a report as of a past day undoes what came after it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
