// The words of the page's frame: the skip link, the brand, the menu's name and the window's title (see i18n.js).
export default {
  sv: {
    skipToContent: 'Hoppa till innehållet',
    brand: 'IOP – idéburet offentligt partnerskap',
    mainMenu: 'Huvudmeny',
    // The window's title ends with it, after the page's own name (WCAG 2.4.2).
    titleSuffix: 'IOP',
    auditCase: 'Granskning av partnerskap',
    requiredMarker: 'obligatoriskt',
    requiredExplained: 'Fält markerade med * är obligatoriska.',
    fromYourSignIn: 'från din inloggning',
    basisReferenceFormat: 'till exempel: Styrelseprotokoll 2026-03-12 punkt 7',
    basisParagraphFormat: 'till exempel: § 4',
  },
  en: {
    skipToContent: 'Skip to the content',
    brand: 'IOP – civil-society partnerships',
    mainMenu: 'Main menu',
    titleSuffix: 'IOP',
    auditCase: 'Partnership audit',
    requiredMarker: 'required',
    requiredExplained: 'Fields marked * are required.',
    fromYourSignIn: 'from your sign-in',
    basisReferenceFormat: 'for example: Board minutes 2026-03-12 item 7',
    basisParagraphFormat: 'for example: § 4',
  },
};
