import { Module } from '@nestjs/common';
import { PublicRegisterRepository } from '@iop/database';
import { PublicRegisterController } from './public-register.controller';
import { PublicRegisterService } from './public-register.service';

/** The public register of IOPs (GET /public/partnerships): read without signing in. */
@Module({
  controllers: [PublicRegisterController],
  providers: [PublicRegisterRepository, PublicRegisterService],
})
export class PublicRegisterModule {}
