import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import type { Phase } from '../../../domain/src';
import { PartyEntity } from './party.entity';
import { StepRecordEntity } from './step-record.entity';

/** Read model of one IOP, written by the workflow's activities and read by the API. */
@Entity('partnerships')
export class PartnershipEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @Column('text')
  title!: string;

  @Column({ type: 'text' })
  phase!: Phase;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => PartyEntity, (party) => party.partnership)
  parties!: Relation<PartyEntity[]>;

  @OneToMany(() => StepRecordEntity, (step) => step.partnership)
  steps!: Relation<StepRecordEntity[]>;
}
