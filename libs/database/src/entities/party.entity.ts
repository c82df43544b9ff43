import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { PartnershipEntity } from './partnership.entity';

export type PartyKind = 'PUBLIC' | 'ORGANISATION';
export type PartyStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** A party to a partnership: the one public party (offentlig part) or an organisation (idéburen organisation). */
@Entity('parties')
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, (p) => p.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership!: Relation<PartnershipEntity>;

  /** 'PUBLIC' for the public party, the organisationsnummer for an organisation: unique per partnership. */
  @Column({ name: 'party_key', type: 'text' })
  partyKey!: string;

  @Column({ type: 'text' })
  kind!: PartyKind;

  @Column('text')
  name!: string;

  @Column({ name: 'organisation_number', type: 'text', nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'text' })
  status!: PartyStatus;

  @Column({ type: 'int' })
  position!: number;
}
