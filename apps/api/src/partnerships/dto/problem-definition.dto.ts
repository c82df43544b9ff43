import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsText, IsOmittable } from '../../common/validation';
import { DEVELOPMENT_AREAS, DevelopmentArea } from '@iop/domain';

/** Gemensam problemformulering: either party may propose it. */
export class ProblemDefinitionDto {
  @ApiProperty({ example: 'Ensamhet bland äldre i Skåne', maxLength: 4000 })
  @IsText(3, 4000)
  challenge!: string;

  @ApiProperty({ example: 'Äldre över 75 år som bor ensamma', maxLength: 1000 })
  @IsText(2, 1000)
  targetGroup!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsText(2, 1000, { each: true })
  goals!: string[];

  @ApiPropertyOptional({ enum: DEVELOPMENT_AREAS, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(DEVELOPMENT_AREAS.length)
  @IsIn(DEVELOPMENT_AREAS, { each: true })
  developmentAreas: DevelopmentArea[] = [];
}

export class AnswerTaskDto {
  @ApiPropertyOptional({ example: 'T3', description: 'The task this answers; refused when it is addressed to another party' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}
