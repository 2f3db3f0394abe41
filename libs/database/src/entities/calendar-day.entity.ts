import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '@dondoc/domain';

export type CalendarDayKind = 'day_off' | 'working_day';

/** Where a day came from: the government's announcement of its year, or an admin's own correction. */
export type CalendarDayOrigin = 'official' | 'admin';

/**
 * A day set apart from the weekly rhythm: a weekday off (an announced holiday, a compensatory or
 * swapped day, a local holiday) or a weekend day worked (a make-up day).
 */
@Entity('calendar_days')
export class CalendarDay {
  @PrimaryColumn({ type: 'date' })
  date!: IsoDate;

  @Column({ type: 'varchar', length: 16 })
  kind!: CalendarDayKind;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16, default: 'admin' })
  origin!: CalendarDayOrigin;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A year whose days off are the government's announcement (its days are the `official` rows of
 * `calendar_days`): the rule that computes holidays is not applied to it.
 */
@Entity('calendar_years')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** The documents or articles that announced the year's days: title, address, what they cover. */
  @Column({ type: 'jsonb' })
  sources!: { title: string; url: string | null; covers: string }[];

  /** Holidays of the year still without an announcement. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  missing!: string[];

  /** Null for the calendars shipped with dondoc; the admin who imported the year otherwise. */
  @Column({ type: 'uuid', nullable: true })
  importedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
