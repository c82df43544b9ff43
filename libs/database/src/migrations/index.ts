import { CreatePartnershipReadModel1763870400000 } from './1763870400000-CreatePartnershipReadModel';
import { CreateLifecycleReadModel1763874000000 } from './1763874000000-CreateLifecycleReadModel';
import { CreateSignatoriesAndAuditActors1763877600000 } from './1763877600000-CreateSignatoriesAndAuditActors';
import { AddHashChainAndListIndexes1763881200000 } from './1763881200000-AddHashChainAndListIndexes';
import { BindIdempotencyKeysToTheirRequest1764590400000 } from './1764590400000-BindIdempotencyKeysToTheirRequest';
import { AddSignatoryProof1764594000000 } from './1764594000000-AddSignatoryProof';
import { ChainEveryRecordAndAuditMovesWithTheirSteps1764601200000 } from './1764601200000-ChainEveryRecordAndAuditMovesWithTheirSteps';
import { CreateChainCheckpoints1764595800000 } from './1764595800000-CreateChainCheckpoints';
import { CreateApplicationRole1764597600000 } from './1764597600000-CreateApplicationRole';
import { CreateStoredTexts1764701000000 } from './1764701000000-CreateStoredTexts';
import { ApplyStatePatchesInTheReadModel1764702000000 } from './1764702000000-ApplyStatePatchesInTheReadModel';
import { StoreProcessesOfEveryKind1764704000000 } from './1764704000000-StoreProcessesOfEveryKind';
import { CreateFrameworkReadModel1764800000000 } from './1764800000000-CreateFrameworkReadModel';
import { CreateInitiativeReadModel1764900000000 } from './1764900000000-CreateInitiativeReadModel';
import { RecordExchangeRates1764910000000 } from './1764910000000-RecordExchangeRates';
import { AimForLevelsPerPhase1764930000000 } from './1764930000000-AimForLevelsPerPhase';
import { KeySignaturesByTheirDecision1764940000000 } from './1764940000000-KeySignaturesByTheirDecision';
import { RegisterDocumentsAsHandlings1765000000000 } from './1765000000000-RegisterDocumentsAsHandlings';

/** Listed explicitly (not globbed) so that compiled, bundled and ts-jest runs all find the same set. */
export const MIGRATIONS = [
  CreatePartnershipReadModel1763870400000,
  CreateLifecycleReadModel1763874000000,
  CreateSignatoriesAndAuditActors1763877600000,
  AddHashChainAndListIndexes1763881200000,
  BindIdempotencyKeysToTheirRequest1764590400000,
  AddSignatoryProof1764594000000,
  CreateChainCheckpoints1764595800000,
  // It grants on every table made before it; later migrations grant on their own tables.
  CreateApplicationRole1764597600000,
  ChainEveryRecordAndAuditMovesWithTheirSteps1764601200000,
  CreateStoredTexts1764701000000,
  ApplyStatePatchesInTheReadModel1764702000000,
  StoreProcessesOfEveryKind1764704000000,
  CreateFrameworkReadModel1764800000000,
  CreateInitiativeReadModel1764900000000,
  RecordExchangeRates1764910000000,
  AimForLevelsPerPhase1764930000000,
  KeySignaturesByTheirDecision1764940000000,
  RegisterDocumentsAsHandlings1765000000000,
];
