import { caseReference, type ArchivedCase } from './archived-case';

/**
 * The package's own documentation (CSIP60: a package names its documentation): in Swedish, for the archivist who
 * opens it without the engine at hand. It says what the package holds, after which specifications, and the few
 * conventions a reader of the ERMS file needs.
 */
export function packageDocumentation(c: ArchivedCase, files: { dossier: string; timeline: string }): Buffer {
  const p = c.partnership;
  const secret = c.handlings.filter((h) => h.row.secrecyProvision).length;
  const lines = [
    `Arkivpaket för ärendet ${caseReference(c)}: ${p.title}`,
    '',
    `Arkivbildare: ${p.publicParty.name}`,
    `Idéburna organisationer: ${p.organisations.map((o) => `${o.name} (${o.organisationNumber})`).join(', ')}`,
    `Skapat: ${c.exportedAt} av ${c.software.name} ${c.software.version}`,
    `Handlingar: ${c.handlings.length}, varav ${secret} sekretessmarkerade`,
    '',
    'Paketet följer FGS Paketstruktur 2.0 (E-ARK CSIP 2.1 och E-ARK SIP 2.1). Ärendet och dess handlingar beskrivs',
    'enligt FGS Ärendehantering 2.0 (CITS ERMS 2.1) i metadata/descriptive/ERMS.xml; filernas kontrollsummor',
    '(SHA-256) står i METS.xml, representations/rep1/METS.xml och metadata/preservation/premis.xml (PREMIS 3.0).',
    'XML-scheman ingår inte i paketet; filerna anger var de publicerade schemana finns (xsi:schemaLocation).',
    '',
    'Innehåll:',
    '  METS.xml                                paketets METS-fil',
    '  metadata/descriptive/ERMS.xml           ärendet och handlingarna (ERMS)',
    '  metadata/preservation/premis.xml        bevarandemetadata (PREMIS)',
    '  representations/rep1/METS.xml           representationens METS-fil',
    '  representations/rep1/data/              varje handlings fil, namngiven med handlingens löpnummer och filnamn,',
    `                                          ärendets akt (${files.dossier}) och tidslinje (${files.timeline})`,
    '',
    'I ERMS-filen: varje handling är ett record med handlingens diarienummer (objectId), löpnummer (runningNumber),',
    'ärendemening (title), riktning (direction: incoming = inkommen, outgoing = upprättad), avsändare eller',
    'mottagare (agent sender/receiver), datum (originated), gallring (disposal: bevaras eller gallras efter N år',
    'från ärendets avslut) och filens plats i paketet (appendix/@path). En sekretessmarkerad handling ingår och',
    'har en restriction av typen confidential med lagrummet i offentlighets- och sekretesslagen (regulation).',
    'Paketet är därför inte en offentlig utlämning.',
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
