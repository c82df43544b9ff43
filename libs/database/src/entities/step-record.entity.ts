import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { ParticipationLevel, Phase, StepEvidence } from '../../../domain/src';
import { PartnershipEntity } from './partnership.entity';

/** One step of the process's timeline; (partnership_id, step_key) is unique so activity retries write it once. */
@Entity('step_records')
export class StepRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, (p) => p.steps, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership!: Relation<PartnershipEntity>;

  @Column({ name: 'step_key', type: 'text' })
  stepKey!: string;

  @Column({ type: 'text' })
  phase!: Phase;

  @Column('text')
  action!: string;

  /** 'PUBLIC', 'JOINT' or 'ORGANISATION'. */
  @Column({ name: 'responsible_kind', type: 'text' })
  responsibleKind!: 'PUBLIC' | 'ORGANISATION' | 'JOINT';

  @Column({ name: 'responsible_organisation_number', type: 'text', nullable: true })
  responsibleOrganisationNumber!: string | null;

  @Column({ name: 'level_aimed_for', type: 'text' })
  levelAimedFor!: ParticipationLevel;

  @Column({ name: 'level_reached', type: 'text', nullable: true })
  levelReached!: ParticipationLevel | null;

  @Column('text')
  actor!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb' })
  evidence!: StepEvidence;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
