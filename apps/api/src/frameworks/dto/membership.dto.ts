import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn } from 'class-validator';
import { JOINING_UNDERTAKINGS } from '@iop/domain';
import type { JoiningUndertaking } from '@iop/domain';
import { IsOmittable, IsText } from '../../common/validation';
import type { MoveBody } from './move-body';

/** An organisation applies to join (ansluta sig), declaring the undertakings the version in force requires. */
export class ApplicationDto implements MoveBody<'APPLY_TO_JOIN'> {
  @ApiProperty({ example: 'Vårsta Diakonigård', maxLength: 200 })
  @IsText(2, 200)
  organisationName!: string;

  @ApiProperty({ enum: JOINING_UNDERTAKINGS, isArray: true, description: 'Every undertaking the framework requires' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOINING_UNDERTAKINGS.length)
  @IsIn(JOINING_UNDERTAKINGS, { each: true })
  declaration!: JoiningUndertaking[];

  @ApiProperty({ example: 'Maria Sjöberg', description: 'Who signs the joining for the organisation', maxLength: 200 })
  @IsText(2, 200)
  signatoryName!: string;
}

/** The public party confirms or refuses an application; a refusal needs a reason. */
export class ApplicationDecisionDto implements MoveBody<'DECIDE_ON_APPLICATION', 'organisationNumber'> {
  @ApiProperty({ description: 'true confirms the joining, false refuses it (with a reason)' })
  @IsBoolean()
  confirm!: boolean;

  @ApiPropertyOptional({ description: 'Required for a refusal', maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  reason?: string;

  @ApiPropertyOptional({ example: 'T2', description: 'The task this answers' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}

/** A joined organisation leaves the framework, at any time. */
export class LeaveDto implements MoveBody<'LEAVE_FRAMEWORK'> {
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  reason?: string;
}
