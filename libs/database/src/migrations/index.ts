import { CreatePartnershipReadModel1763870400000 } from './1763870400000-CreatePartnershipReadModel';
import { CreateLifecycleReadModel1763874000000 } from './1763874000000-CreateLifecycleReadModel';
import { CreateSignatoriesAndAuditActors1763877600000 } from './1763877600000-CreateSignatoriesAndAuditActors';
import { AddHashChainAndListIndexes1763881200000 } from './1763881200000-AddHashChainAndListIndexes';
import { CreateChainCheckpoints1764594000000 } from './1764594000000-CreateChainCheckpoints';
import { CreateApplicationRole1764597600000 } from './1764597600000-CreateApplicationRole';

/** Listed explicitly (not globbed) so that compiled, bundled and ts-jest runs all find the same set. */
export const MIGRATIONS = [
  CreatePartnershipReadModel1763870400000,
  CreateLifecycleReadModel1763874000000,
  CreateSignatoriesAndAuditActors1763877600000,
  AddHashChainAndListIndexes1763881200000,
  CreateChainCheckpoints1764594000000,
  // Last: it grants on every table made before it.
  CreateApplicationRole1764597600000,
];
