import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AID_CURRENCIES } from '@iop/domain';

export class GrantedAidResponse {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() publicParty!: string;
  @ApiProperty({ example: 'DE_MINIMIS' }) kind!: string;
  @ApiProperty() amountSek!: number;
  @ApiProperty({ format: 'date', description: "The approving decision's date" }) grantedOn!: string;
  @ApiProperty({ description: 'Within the three years ending today' }) inWindow!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Euro cents at the rate in force on the grant date; null without one' })
  eurCents!: number | null;
}

export class DeclaredAidResponse {
  @ApiProperty() grantingBody!: string;
  @ApiProperty({ format: 'date' }) grantedOn!: string;
  @ApiProperty() amount!: number;
  @ApiProperty({ enum: AID_CURRENCIES }) currency!: 'SEK' | 'EUR';
  @ApiProperty() inWindow!: boolean;
  @ApiProperty({ nullable: true, type: Number }) eurCents!: number | null;
}

export class LedgerDeclarationResponse {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
  @ApiProperty() none!: boolean;
  @ApiProperty({ type: [DeclaredAidResponse] }) aids!: DeclaredAidResponse[];
}

export class LedgerRefusalResponse {
  @ApiProperty({ example: 'EXCHANGE_RATE_MISSING' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty() messageSv!: string;
}

/** An organisation's de minimis aid over the three years ending today, across its partnerships and as it declared. */
export class DeMinimisLedgerResponse {
  @ApiProperty({ example: '802456-1238' }) organisationNumber!: string;
  @ApiProperty({ description: 'Whose exchange rates convert the kronor' }) publicParty!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ format: 'date', description: 'The first day that counts' }) windowFrom!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null when an aid has no rate in force (see refusal)' })
  runningTotalEurCents!: number | null;
  @ApiPropertyOptional({ type: LedgerRefusalResponse }) refusal?: LedgerRefusalResponse;
  @ApiProperty({ type: [GrantedAidResponse] }) granted!: GrantedAidResponse[];
  @ApiPropertyOptional({ type: LedgerDeclarationResponse }) declaration?: LedgerDeclarationResponse;
}
