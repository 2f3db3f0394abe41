import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type { IsoDate, Recurrence, TaskStatus } from '@dondoc/domain';
import { Directive } from './directive.entity';
import { AssignmentItem } from './assignment.entity';
import { Unit } from './unit.entity';
import { TaskSeries } from './task-series.entity';

@Entity('tasks')
// The list's filters: a unit's tasks by status and deadline, and everyone's by deadline.
@Index('idx_tasks_unit_status_deadline', ['leadUnitId', 'status', 'deadline'])
@Index('idx_tasks_status_deadline', ['status', 'deadline'])
// One task per item and lead unit, except a recurring duty's: one per period of its series.
@Index('idx_tasks_item_unit', ['assignmentItemId', 'leadUnitId'], { unique: true, where: 'series_id IS NULL' })
@Index('idx_tasks_series_period', ['seriesId', 'periodStart'], { unique: true, where: 'series_id IS NOT NULL' })
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directive?: Relation<Directive>;

  @Column({ type: 'uuid' })
  assignmentItemId!: string;

  @ManyToOne(() => AssignmentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_item_id' })
  assignmentItem?: Relation<AssignmentItem>;

  @Column({ type: 'text' })
  text!: string;

  /** The text without tone marks, lower-case: what unaccented search matches against. */
  @Column({ type: 'text' })
  textFolded!: string;

  @Column({ type: 'uuid' })
  leadUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: Relation<Unit>;

  @Index('idx_tasks_coordinating', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  coordinatingUnitIds!: string[];

  /**
   * The deadline in force: the date given, or when that is a weekend or a day off, the next working
   * day (Bộ luật Dân sự 2015, Điều 148). Reminders, timeliness and reports use it.
   */
  @Column({ type: 'date', nullable: true })
  deadline!: IsoDate | null;

  /** The date the document (or the extension granted) gives, which `deadline` is worked out from. */
  @Column({ type: 'date', nullable: true })
  statedDeadline!: IsoDate | null;

  /** The deadline the document set, as written; extensions change `deadline` and `statedDeadline` only. */
  @Column({ type: 'date', nullable: true })
  originalDeadline!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  deadlineText!: string | null;

  /** Bumped at every deadline change, so a reminder step is keyed to the deadline it was for. */
  @Column({ type: 'int', default: 1 })
  deadlineVersion!: number;

  @Column({ type: 'int', default: 0 })
  extensionCount!: number;

  /** Extended after the deadline had already passed ("quá hạn có gia hạn"). */
  @Column({ type: 'boolean', default: false })
  extendedWhileOverdue!: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  recurrence!: Recurrence | null;

  /** The series this task is one period of (a recurring duty); null for a task of its own. */
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => TaskSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id' })
  series?: Relation<TaskSeries>;

  /** The first and last day of the period this task of a series is for. */
  @Column({ type: 'date', nullable: true })
  periodStart!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  periodEnd!: IsoDate | null;

  @Column({ type: 'varchar', length: 16, default: 'assigned' })
  status!: TaskStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The local calendar day of `submittedAt`: the day that decides on time or late. */
  @Column({ type: 'date', nullable: true })
  submittedOn!: IsoDate | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  leaderInChargeId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  clerkId!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
