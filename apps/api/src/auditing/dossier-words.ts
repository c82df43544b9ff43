import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { sv } from '../web/web-labels';

// How the dossier names what the read model holds as codes and keys: parties by their names, amounts in kronor.
// Codes are named by the web's labels (sv, web-labels.ts), times by stockholm-time.ts.

/** A party key ('PUBLIC', 'JOINT' or an organisationsnummer) by the name the partnership gives it. */
export function partyNamer(p: PartnershipResponse): (key: string | null | undefined) => string {
  return (key) => {
    if (!key) return '';
    if (key === 'PUBLIC') return p.publicParty.name;
    if (key === 'JOINT') return sv('RESPONSIBLE_KINDS', 'JOINT');
    return p.organisations.find((o) => o.organisationNumber === key)?.name ?? key;
  };
}

const KRONOR = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });

/** Whole kronor as a Swedish text writes them ("450 000 kr"), as the web shows them. */
export const kronor = (amount: number): string => KRONOR.format(amount);
