import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IsoDate, Recurrence } from '@dondoc/domain';
import { Directive } from './directive.entity';

export interface CoordinatingRef {
  text: string;
  unitId: string | null;
}

export interface SourceRange {
  start: number;
  end: number;
}

/** One section of a notice: the unit or group it names, and the items it assigns them. */
@Entity('assignments')
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  directiveId!: string;

  @ManyToOne(() => Directive, (d) => d.assignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directive_id' })
  directive?: Relation<Directive>;

  @Column({ type: 'int' })
  position!: number;

  /** The words of the notice, e.g. "Ban Giám hiệu các trường mầm non, tiểu học, THCS". */
  @Column({ type: 'text' })
  unitText!: string;

  /** Lead units: one for a unit, every member for a group. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unitIds!: string[];

  @Column({ type: 'boolean', default: false })
  isGroup!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  coordinating!: CoordinatingRef[];

  @Column({ type: 'jsonb', nullable: true })
  sourceRange!: SourceRange | null;

  @OneToMany(() => AssignmentItem, (i) => i.assignment)
  items?: Relation<AssignmentItem>[];
}

/** One duty of a section; publishing makes one task of it per lead unit. */
@Entity('assignment_items')
export class AssignmentItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => Assignment, (a) => a.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'date', nullable: true })
  deadline!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  deadlineText!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  coordinating!: CoordinatingRef[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  recurrence!: Recurrence | null;

  @Column({ type: 'text', nullable: true })
  recurrenceText!: string | null;

  /** A recurring duty's due day in its period (libs/domain/src/recurrence.ts); null: the period's last day. */
  @Column({ type: 'smallint', nullable: true })
  recurrenceDay!: number | null;

  /** A yearly duty's month of the due day (`trước ngày 31/3 hằng năm`: 3); null: December, or not yearly. */
  @Column({ type: 'smallint', nullable: true })
  recurrenceMonth!: number | null;

  /** The day a recurring duty ends (`đến hết năm 2025`); null: until the clerk stops it. */
  @Column({ type: 'date', nullable: true })
  recurrenceEndsOn!: IsoDate | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceRange!: SourceRange | null;
}
