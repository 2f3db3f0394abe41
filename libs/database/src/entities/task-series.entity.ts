import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IsoDate, Recurrence } from '@dondoc/domain';
import { Directive } from './directive.entity';
import { AssignmentItem } from './assignment.entity';
import { Unit } from './unit.entity';

/**
 * A recurring duty of one lead unit (`báo cáo định kỳ hằng tháng trước ngày 20`): each period is a
 * task of its own (`tasks.series_id`, `period_start`), made before the period opens by the worker's
 * scheduler, until `ends_on` or until the clerk stops the series. The rules are in
 * libs/domain/src/recurrence.ts.
 */
@Entity('task_series')
@Index('idx_task_series_item_unit', ['assignmentItemId', 'leadUnitId'], { unique: true })
// The scheduler reads only the series still running, by the day their next period opens.
@Index('idx_task_series_next', ['nextPeriodStart'], { where: 'next_period_start IS NOT NULL AND stopped_at IS NULL' })
export class TaskSeries {
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

  @Column({ type: 'uuid' })
  leadUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 16 })
  recurrence!: Recurrence;

  /** The day a period's task is due (of the week, or of the period's last month); null: the period's last day. */
  @Column({ type: 'smallint', nullable: true })
  dueDay!: number | null;

  /** A yearly duty's month of the due day (`trước ngày 31/3 hằng năm`: 3); null: December, or not yearly. */
  @Column({ type: 'smallint', nullable: true })
  dueMonth!: number | null;

  /** No period that opens after this day; null: until stopped. */
  @Column({ type: 'date', nullable: true })
  endsOn!: IsoDate | null;

  /** The first day of the next period to make; null once the series has reached its end. */
  @Column({ type: 'date', nullable: true })
  nextPeriodStart!: IsoDate | null;

  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  stoppedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
