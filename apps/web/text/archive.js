// The interface's words of one area (see i18n.js), Swedish first and English on request: the case as an e-archive
// package, on the partnership's audit page (apps/web/audit/archive-package.js).
export default {
  sv: {
    'arc.heading': 'Arkivpaket för e-arkivet',
    'arc.hint':
      'Ärendet som informationspaket enligt FGS Paketstruktur 2.0, med ärendet och handlingarna beskrivna enligt FGS Ärendehantering 2.0. Paketet innehåller även sekretessmarkerade handlingar och är inte en offentlig utlämning.',
    'arc.download': 'Ladda ner arkivpaket (ZIP)',
    'arc.preparing': 'Arkivpaketet skapas …',
    'arc.downloaded': 'Arkivpaketet är nedladdat.',
    'arc.toAudit': 'Akt, export och arkivpaket',
  },
  en: {
    'arc.heading': 'Archive package for the e-archive',
    'arc.hint':
      'The case as an information package after FGS Paketstruktur 2.0, with the case and its records described after FGS Ärendehantering 2.0. The package holds secrecy-marked records too and is not a public copy.',
    'arc.download': 'Download the archive package (ZIP)',
    'arc.preparing': 'The archive package is being created …',
    'arc.downloaded': 'The archive package has been downloaded.',
    'arc.toAudit': 'Dossier, exports and archive package',
  },
};
