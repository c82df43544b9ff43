import { Module } from '@nestjs/common';
import { CodecController } from './codec.controller';
import { CodecService } from './codec.service';

@Module({
  controllers: [CodecController],
  providers: [CodecService],
})
export class CodecModule {}
