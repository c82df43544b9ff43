// The interface's words of one area (see i18n.js), Swedish first and English on request.
export default { sv: {}, en: {} };
