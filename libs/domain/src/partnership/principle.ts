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

/** The principles' names as the national agreement and its English translation call them: what refusals say. */
export const PRINCIPLE_NAMES: Record<Principle, { sv: string; en: string }> = {
  INDEPENDENCE: { sv: 'självständighet och oberoende', en: 'independence' },
  DIALOGUE: { sv: 'dialog', en: 'dialogue' },
  QUALITY: { sv: 'kvalitet', en: 'quality' },
  LONG_TERM: { sv: 'långsiktighet', en: 'long-term commitment' },
  TRANSPARENCY: { sv: 'öppenhet och insyn', en: 'openness and transparency' },
  DIVERSITY: { sv: 'mångfald', en: 'diversity' },
};

/** The principles named in a sentence, in the language asked for. */
export const principleNames = (principles: readonly Principle[], language: 'sv' | 'en'): string =>
  principles.map((principle) => PRINCIPLE_NAMES[principle][language]).join(', ');

/** Region Skåne's development areas (utvecklingsområden), used to tag a problem definition. */
export const DEVELOPMENT_AREAS = [
  'COLLABORATION', // samverkan
  'PARTICIPATION_AND_INFLUENCE', // delaktighet och inflytande
  'CIVIL_SOCIETY_ENTREPRENEURSHIP', // idéburet entreprenörskap
  'CIVIL_SOCIETY_AND_VOLUNTEERING', // idéburen sektor och ideellt engagemang
  'LEARNING_AND_RESEARCH', // lärande och forskning
] as const;

export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];
