import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { IsoDate } from '@dondoc/domain';
import { Assignment } from './assignment.entity';

export type DirectiveStatus = 'draft' | 'published';

@Entity('directives')
export class Directive {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  number!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  symbol!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  docType!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  issuer!: string | null;

  @Column({ type: 'date', nullable: true })
  date!: IsoDate | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  dateText!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceText!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  signer!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients!: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  leaderInChargeId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  clerkId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: DirectiveStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @OneToMany(() => Assignment, (a) => a.directive)
  assignments?: Relation<Assignment>[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
