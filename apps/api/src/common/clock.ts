import { Injectable } from '@nestjs/common';

/**
 * Today's date for rules evaluated at read time (is a task overdue?). A provider of its own so that tests which
 * skip years of workflow time can read "today" from the same clock as the workflows.
 */
@Injectable()
export class Clock {
  async today(): Promise<string> {
    return new Date().toISOString().slice(0, 10);
  }
}
