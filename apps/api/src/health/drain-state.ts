import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

/**
 * Whether the API is draining (a SIGTERM arrived): from that moment readiness answers 503, so that a load balancer
 * sends new requests elsewhere while the ones in hand finish.
 */
@Injectable()
export class DrainState {
  private drainingSince?: Date;

  constructor(private readonly health: HealthIndicatorService) {}

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  begin(): void {
    this.drainingSince ??= new Date();
  }

  check(key: 'process') {
    const check = this.health.check(key);
    return this.drainingSince
      ? check.down({ message: 'the API is draining: it finishes the requests in hand and stops', since: this.drainingSince.toISOString() })
      : check.up({ pid: process.pid });
  }
}
