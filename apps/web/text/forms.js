// The interface's words of one area (see i18n.js), Swedish first and English on request.
export default {
  sv: {
    'newIop.intro':
      'Allt skickas i en enda begäran: antingen startas partnerskapet med allt du fyllt i, eller ingenting alls. Obligatoriska fält är markerade.',
    'newIop.required': 'obligatoriskt',
    'newIop.titleHint': '3–300 tecken.',
    'newIop.fromSignIn': 'från din inloggning',
    'newIop.organisations': 'Idéburna organisationer som bjuds in',
    'newIop.organisationNo': 'Organisation',
    'newIop.addOrganisation': 'Lägg till organisation',
    'newIop.removeOrganisation': 'Ta bort organisation',
    'newIop.problemDefinitionHint':
      'Frivilligt vid starten. Fyller du i den föreslår regionen problemformuleringen direkt, och organisationerna ombeds ställa sig bakom den.',
    'newIop.goals': 'Mål',
    'newIop.onePerLine': 'ett mål per rad',
    'newIop.developmentAreas': 'Utvecklingsområden',
  },
  en: {
    'newIop.intro':
      'Everything is sent in one request: either the partnership starts with all you filled in, or nothing happens at all. Required fields are marked.',
    'newIop.required': 'required',
    'newIop.titleHint': '3–300 characters.',
    'newIop.fromSignIn': 'from your sign-in',
    'newIop.organisations': 'Civil-society organisations invited',
    'newIop.organisationNo': 'Organisation',
    'newIop.addOrganisation': 'Add an organisation',
    'newIop.removeOrganisation': 'Remove organisation',
    'newIop.problemDefinitionHint':
      'Optional at the start. If you fill it in, the region proposes the problem definition at once, and the organisations are asked to agree to it.',
    'newIop.goals': 'Goals',
    'newIop.onePerLine': 'one goal per line',
    'newIop.developmentAreas': 'Development areas',
  },
};
