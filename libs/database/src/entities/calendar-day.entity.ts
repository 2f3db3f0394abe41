import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '@dondoc/domain';

export type CalendarDayKind = 'day_off' | 'working_day';

/**
 * A day an admin set apart from the statutory calendar: an extra day off (the year's announced
 * Tết days, a compensatory day) or a weekend day made a working day by a swap.
 */
@Entity('calendar_days')
export class CalendarDay {
  @PrimaryColumn({ type: 'date' })
  date!: IsoDate;

  @Column({ type: 'varchar', length: 16 })
  kind!: CalendarDayKind;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
