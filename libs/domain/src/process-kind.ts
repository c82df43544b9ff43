/**
 * The kinds of process the engine runs. The kernel (storage, guard, audit, the task inbox) knows a process only by
 * its kind and id; everything else belongs to the kind's own domain folder, workflow and module.
 * INITIATIVE is an organisation's IOP-initiativ, which may open a PARTNERSHIP.
 * FRAMEWORK_AGREEMENT is an överenskommelse; its steering group (samverkansgrupp) lives inside it, not as a kind of its own.
 */
export const PROCESS_KINDS = ['PARTNERSHIP', 'FRAMEWORK_AGREEMENT', 'INITIATIVE'] as const;

export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const isProcessKind = (value: unknown): value is ProcessKind => (PROCESS_KINDS as readonly unknown[]).includes(value);

/** A process as the kernel names it: what every route, task and audit entry of any kind refers to. */
export interface ProcessRef {
  kind: ProcessKind;
  id: string;
}
