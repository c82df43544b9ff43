/** The six principles of the national agreement of 2008, which every IOP draft must address. */
export const PRINCIPLES = [
  'INDEPENDENCE', // självständighet och oberoende
  'DIALOGUE', // dialog
  'QUALITY', // kvalitet
  'LONG_TERM', // långsiktighet
  'TRANSPARENCY', // öppenhet och insyn
  'DIVERSITY', // mångfald
] as const;

export type Principle = (typeof PRINCIPLES)[number];

/** Region Skåne's development areas (utvecklingsområden), used to tag a problem definition. */
export const DEVELOPMENT_AREAS = [
  'COLLABORATION', // samverkan
  'PARTICIPATION_AND_INFLUENCE', // delaktighet och inflytande
  'CIVIL_SOCIETY_ENTREPRENEURSHIP', // idéburet entreprenörskap
  'CIVIL_SOCIETY_AND_VOLUNTEERING', // idéburen sektor och ideellt engagemang
  'LEARNING_AND_RESEARCH', // lärande och forskning
] as const;

export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];
