/** The people a new installation can act as; their organisationsnummer are invented and pass the Luhn check. */
export const DEMO_USERS = [
  { role: 'officer', name: 'Anna Lindqvist', party: 'Region Skåne' },
  { role: 'organisation_rep', name: 'Erik Holm', party: 'NÄTVERKET-Idéburen sektor Skåne, 802456-1238' },
  { role: 'organisation_rep', name: 'Maria Sjöberg', party: 'Vårsta Diakonigård, 802003-4529' },
  { role: 'auditor', name: 'Karin Ek', party: 'Region Skåne, revision' },
] as const;
