import { disposableFrom, type HandlingOrigin, type RetentionClass } from '@iop/domain';
import { caseReference, closedAt, type ArchivedCase, type ArchivedHandling } from './archived-case';
import { sv } from '../../web/web-labels';
import { retentionSv } from './retention-sv';
import { el, xmlDocument, type XmlElement } from './xml-writer';

/** CITS ERMS 2.1 (FGS Ärendehantering 2.0): its namespace, and the published schema it validates against. */
export const ERMS_NAMESPACE = 'https://DILCIS.eu/XML/ERMS';
export const ERMS_SCHEMA_VERSION = '2.1.2';
const ERMS_SCHEMA_LOCATION = 'https://raw.githubusercontent.com/DILCISBoard/CITS-ERMS/master/schema/ERMS.xsd';

/** A day as xs:dateTime (the diarium's dates are days; ERMS takes date-times), an instant as it is. */
const dateTime = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : new Date(value).toISOString());

/** Inkommen is an incoming document; upprättad, with a recipient named, one sent out. */
const DIRECTION: Record<HandlingOrigin, string> = { RECEIVED: 'incoming', DRAWN_UP: 'outgoing' };

/**
 * The case and its handlingar after CITS ERMS: one aggregation of type caseFile (ärendeakt) holding one record per
 * handling. The elements follow the schema's order. A secrecy-marked handling is included (the package is for the
 * archive, not a public export) and carries a restriction of type confidential with its OSL provision.
 */
export function ermsDocument(c: ArchivedCase): Buffer {
  const p = c.partnership;
  const publicParty = p.publicParty.name;
  const closed = closedAt(p);
  return xmlDocument(
    el(
      'erms',
      {
        xmlns: ERMS_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${ERMS_NAMESPACE} ${ERMS_SCHEMA_LOCATION}`,
      },
      el(
        'control',
        {},
        el('identification', { identificationType: 'arkivbildare' }, publicParty),
        el('identification', { identificationType: 'diarienummer' }, caseReference(c)),
        el('identification', { identificationType: 'partnerskapsid' }, p.id),
        el(
          'maintenanceInformation',
          {},
          el('maintenanceStatus', { value: 'new' }),
          el('maintenanceAgency', {}, el('agencyName', {}, publicParty)),
          el(
            'maintenanceHistory',
            {},
            el(
              'maintenanceEvent',
              {},
              el('eventType', { value: 'created' }),
              el('eventDateTime', {}, dateTime(c.exportedAt)),
              el('agent', { agentType: 'creator' }, el('name', {}, c.software.name), el('organisation', {}, publicParty)),
            ),
          ),
        ),
      ),
      el(
        'aggregations',
        {},
        el(
          'aggregation',
          { systemIdentifier: p.id, aggregationType: 'caseFile' },
          el('objectId', {}, caseReference(c)),
          el('extraId', { extraIdType: 'partnerskapsid' }, p.id),
          el('levelName', {}, 'Ärende'),
          el('title', {}, p.title),
          p.problemDefinition?.challenge && el('subject', {}, p.problemDefinition.challenge),
          el('status', { value: closed ? 'closed' : 'in_progress' }),
          el(
            'agents',
            {},
            el('agent', { agentType: 'owner' }, el('name', {}, publicParty), el('role', {}, 'Offentlig part')),
            p.organisations.map((o) =>
              el(
                'agent',
                { agentType: 'counterpart' },
                el('name', {}, o.name),
                el('idNumber', { idNumberType: 'organisationsnummer' }, o.organisationNumber),
                el('role', {}, 'Idéburen organisation'),
              ),
            ),
          ),
          el('description', {}, `Idéburet offentligt partnerskap mellan ${publicParty} och ${p.organisations.map((o) => o.name).join(', ')}.`),
          el('dates', {}, el('date', { dateType: 'created' }, dateTime(p.createdAt)), closed && el('date', { dateType: 'closed' }, dateTime(closed))),
          p.decisions.map((d) =>
            el(
              'action',
              {},
              el('actionText', {}, `${d.body} ${d.paragraph}, ${d.diarienummer}: ${sv('DECISION_OUTCOMES', d.outcome)}`),
              el('actionType', {}, 'beslut'),
              el('dates', {}, el('actionDate', { dateType: 'decision_date' }, dateTime(d.meetingDate))),
              el('agents', {}, el('agent', { agentType: 'authorising_person' }, el('name', {}, d.body))),
            ),
          ),
          c.handlings.map((h) => ermsRecord(h, closed)),
        ),
      ),
    ),
  );
}

function ermsRecord({ row, diarienummer, path }: ArchivedHandling, closed: string | null): XmlElement {
  const origin = row.origin as HandlingOrigin;
  const retention: RetentionClass = { kind: row.retentionKind as RetentionClass['kind'], years: row.retentionYears ?? undefined };
  const closedOn = closed?.slice(0, 10) ?? null;
  const disposableOn = disposableFrom(retention, closedOn);
  return el(
    'record',
    {
      systemIdentifier: row.id,
      recordType: sv('DOCUMENT_KINDS', row.documentKind),
      recordPhysicalOrDigital: 'digitial',
    },
    el('objectId', {}, diarienummer ?? `${row.processId}-${row.number}`),
    el('extraId', { extraIdType: 'handlingstyp' }, row.documentKind),
    el('title', {}, row.subject),
    el('status', { value: 'closed' }),
    el('runningNumber', {}, row.number),
    row.secrecyProvision &&
      el(
        'restriction',
        { restrictionType: 'confidential' },
        el('explanatoryText', {}, `Sekretessmarkerad; beslutad av ${row.secrecyDecidedBy}`),
        el('regulation', {}, row.secrecyProvision),
      ),
    el(
      'disposal',
      { disposable: retention.kind === 'DISPOSE' },
      el('disposalAction', {}, retention.kind === 'PRESERVE' ? 'Bevaras' : 'Gallras'),
      retention.kind === 'DISPOSE' && el('disposalPeriod', {}, `${retention.years} år efter ärendets avslut`),
      el('disposalDescription', {}, retentionSv(retention)),
      el(
        'dates',
        {},
        // The schema asks for a date; the class was set when the handling was registered.
        el('disposalDate', { dateType: 'other_date', otherDisposalDateType: 'registrerad' }, dateTime(String(row.registeredAt))),
        closedOn && el('disposalDate', { dateType: 'retention_period_start' }, dateTime(closedOn)),
        disposableOn && el('disposalDate', { dateType: 'action_due' }, dateTime(disposableOn)),
      ),
    ),
    el('direction', { directionDefinition: DIRECTION[origin] }),
    el(
      'agents',
      {},
      el('agent', { agentType: origin === 'RECEIVED' ? 'sender' : 'receiver' }, el('name', {}, row.counterpart)),
      el('agent', { agentType: 'creator' }, el('name', {}, row.registeredBy)),
    ),
    el('description', {}, `${sv('HANDLING_ORIGINS', origin)} handling: ${sv('DOCUMENT_KINDS', row.documentKind)}.`),
    el(
      'dates',
      {},
      el('date', { dateType: 'created' }, dateTime(String(row.registeredAt))),
      el('date', { dateType: 'originated' }, dateTime(row.datedOn)),
      origin === 'RECEIVED' && el('date', { dateType: 'received' }, dateTime(row.datedOn)),
    ),
    el(
      'additionalInformation',
      {},
      el('appendix', { name: row.fileName, path, fileFormat: row.mediaType, disposable: retention.kind === 'DISPOSE' }),
    ),
  );
}
