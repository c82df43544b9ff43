import type { RetentionClass } from '@iop/domain';

/** A retention class as the document management plan says it: bevaras, or gallras N år efter ärendets avslut. */
export function retentionSv(retention: RetentionClass): string {
  return retention.kind === 'PRESERVE' ? 'Bevaras' : `Gallras ${retention.years} år efter ärendets avslut`;
}
