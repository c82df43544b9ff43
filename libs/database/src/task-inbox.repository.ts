import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProcessKind } from '../../domain/src';

/** A task as the inboxes list it, with the process (of any kind) it belongs to. */
export interface TaskRow {
  processKind: ProcessKind;
  processId: string;
  processTitle: string;
  taskId: string;
  type: string;
  addressedTo: string;
  dueDate: string;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  ref: string | null;
  overdue: boolean;
}

export interface TaskFilter {
  /** One process's tasks; without it, the tasks of every process the other conditions allow. */
  processId?: string;
  addressedTo?: string;
  /** Only processes of this public party (an officer's view). */
  publicParty?: string;
  openOnly?: boolean;
  /** Decides which open tasks are overdue (past their due date). */
  today: string;
}

/** The tasks of processes of every kind: one inbox, read by process. */
@Injectable()
export class TaskInboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ordered by due date, then by creation. */
  findTasks(filter: TaskFilter): Promise<TaskRow[]> {
    const where: string[] = [];
    const params: unknown[] = [filter.today];
    if (filter.processId) where.push(`t.process_id = $${params.push(filter.processId)}`);
    if (filter.addressedTo) where.push(`t.addressed_to = $${params.push(filter.addressedTo)}`);
    if (filter.publicParty) where.push(`p.public_party_name = $${params.push(filter.publicParty)}`);
    if (filter.openOnly) where.push(`t.status = 'OPEN'`);
    return this.dataSource.query(
      `SELECT p.kind AS "processKind", t.process_id AS "processId", p.title AS "processTitle", t.task_id AS "taskId", t.type,
              t.addressed_to AS "addressedTo", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate", t.status,
              t.created_at AS "createdAt", t.closed_at AS "closedAt", t.ref,
              (t.status = 'OPEN' AND t.due_date < $1::date) AS overdue
       FROM tasks t JOIN processes p ON p.id = t.process_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY t.due_date, t.created_at`,
      params,
    );
  }
}
