import { Injectable } from '@nestjs/common';

/**
 * Today's date for rules evaluated at read time (is a task overdue?), and the instant a partnership opens at. A
 * provider of its own so that tests which skip years of workflow time can read both from the workflows' clock.
 */
@Injectable()
export class Clock {
  async today(): Promise<string> {
    return new Date().toISOString().slice(0, 10);
  }

  async now(): Promise<Date> {
    return new Date();
  }
}
