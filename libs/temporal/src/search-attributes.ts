/**
 * Custom search attributes the Partnership workflow sets, so that the Temporal Web UI and `temporal workflow
 * list` can find executions by phase or party. The run command registers them on the cluster.
 */
export const CUSTOM_SEARCH_ATTRIBUTES = {
  IopPhase: 'Keyword',
  IopPublicParty: 'Keyword',
  IopOrganisationNumbers: 'KeywordList',
  /** Set when PostgreSQL refused one of the workflow's writes as data: the SQLSTATE and the revision. */
  IopReadModelAlert: 'Keyword',
} as const;
