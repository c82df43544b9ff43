import { Injectable } from '@nestjs/common';
import { TaskFilter, TaskInboxRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { InboxTaskResponse } from './dto/inbox-task.response';

/** Tasks across processes of every kind: an organisation's inbox, and one process's tasks. */
@Injectable()
export class TasksService {
  constructor(
    private readonly inbox: TaskInboxRepository,
    private readonly clock: Clock,
  ) {}

  async tasks(filter: Omit<TaskFilter, 'today'>): Promise<InboxTaskResponse[]> {
    const rows = await this.inbox.findTasks({ ...filter, today: await this.clock.today() });
    return rows.map((t) => ({
      processKind: t.processKind,
      processId: t.processId,
      processTitle: t.processTitle,
      partnershipId: t.processId,
      partnershipTitle: t.processTitle,
      id: t.taskId,
      type: t.type,
      addressedTo: t.addressedTo,
      dueDate: t.dueDate,
      status: t.status,
      createdAt: new Date(t.createdAt).toISOString(),
      closedAt: t.closedAt ? new Date(t.closedAt).toISOString() : undefined,
      ref: t.ref ?? undefined,
      overdue: t.overdue,
    }));
  }
}
