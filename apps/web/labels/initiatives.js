// Part of labels.js, which re-exports it (the web and the API import labels.js only): see its header.
// ---- Initiatives (IOP-initiativ): libs/domain/src/initiative/vocabulary.ts ----

export const INITIATIVE_OUTCOMES = {
  OPEN_PARTNERSHIP: { sv: 'Öppna ett IOP', en: 'Open an IOP' },
  OTHER_FORM: { sv: 'Föreslå en annan form', en: 'Propose another form' },
  DECLINED: { sv: 'Avslå', en: 'Decline' },
};

export const OTHER_FORMS = {
  GRANT: { sv: 'Bidrag', en: 'Grant' },
  PROCUREMENT: { sv: 'Upphandling', en: 'Procurement' },
};

export const INITIATIVE_STATUSES = {
  SUBMITTED: { sv: 'Inkommet', en: 'Submitted' },
  ASSESSING: { sv: 'Under bedömning', en: 'Being assessed' },
  DECIDED: { sv: 'Beslutat', en: 'Decided' },
};

export const INITIATIVE_TASK_TYPES = {
  ASSESS_INITIATIVE: { sv: 'Bedöm och besluta om initiativet', en: 'Assess and decide the initiative' },
};

export const INITIATIVE_STEP_ACTIONS = {
  INITIATIVE_SUBMITTED: { sv: 'Initiativet inlämnat', en: 'Initiative submitted' },
  INITIATIVE_ASSESSED: { sv: 'Initiativet bedömt', en: 'Initiative assessed' },
  INITIATIVE_PARTNERSHIP_OPENED: { sv: 'Ett IOP öppnat', en: 'An IOP opened' },
  INITIATIVE_OTHER_FORM_PROPOSED: { sv: 'En annan form föreslagen', en: 'Another form proposed' },
  INITIATIVE_DECLINED: { sv: 'Initiativet avslaget', en: 'Initiative declined' },
};
