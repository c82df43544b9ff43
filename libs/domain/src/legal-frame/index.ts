// The legal frame an IOP must stay inside (domain.md §6): why IOP (SKR's criteria, Forum's keys).
export * from './skr-criteria';
export * from './forum-keys';
export * from './legal-basis';
