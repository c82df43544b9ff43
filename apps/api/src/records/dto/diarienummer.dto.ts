import { ApiProperty } from '@nestjs/swagger';
import { IsDiarienummer } from '../../common/validation';

/** The case's diarienummer, as the public party's registry gave it. */
export class DiarienummerDto {
  @ApiProperty({ example: 'RS 2026/123', description: 'Letters, digits, spaces and . / : -' })
  @IsDiarienummer()
  diarienummer!: string;
}

export class DiarienummerResponse {
  @ApiProperty({ example: 'RS 2026/123' }) diarienummer!: string;
}
