/**
 * The France Travail agency that receives a candidate for the registration appointment: the one
 * serving the commune of their address (coordonnées), so the person knows where to go and can
 * find the building. The reference server knows one agency per demo département and, where a
 * département has several, the communes each one serves; a real server would read the agencies
 * referential. The addresses are demo data.
 */
export interface Agency {
  nom: string;
  adresse: string;
}

interface SeededAgency extends Agency {
  /** Short code that terminals and staff accounts name their agency by. */
  code: string;
  /** Département (first two characters of the commune's INSEE code, 2A/2B for Corse). */
  departement: string;
  /** INSEE codes of the communes served, when the département has more than one agency. */
  communes?: readonly string[];
}

const AGENCIES: readonly SeededAgency[] = [
  {
    code: 'PARIS11',
    departement: '75',
    nom: 'Agence France Travail Paris 11e Voltaire',
    adresse: '53 boulevard Voltaire, 75011 Paris',
  },
  {
    code: 'GUINGAMP',
    departement: '22',
    nom: 'Agence France Travail Guingamp',
    adresse: '8 rue de la Trinité, 22200 Guingamp',
  },
  {
    code: 'LYON3',
    departement: '69',
    nom: 'Agence France Travail Lyon Part-Dieu',
    adresse: '12 rue Garibaldi, 69003 Lyon',
  },
  {
    code: 'BORDEAUX',
    departement: '33',
    nom: 'Agence France Travail Bordeaux Bastide',
    adresse: '4 quai de Queyries, 33100 Bordeaux',
  },
  {
    code: 'RENNES',
    departement: '35',
    nom: 'Agence France Travail Rennes Centre',
    adresse: '20 rue d’Isly, 35000 Rennes',
  },
  {
    code: 'AJACCIO',
    departement: '2A',
    nom: 'Agence France Travail Ajaccio',
    adresse: '2 avenue Noël Franchini, 20090 Ajaccio',
  },
];

/** Where a commune without a seeded agency is received: the regional platform, by address. */
const FALLBACK: Agency = {
  nom: 'Agence France Travail la plus proche de votre domicile',
  adresse: 'son adresse vous sera confirmée par courrier avec votre convocation',
};

/** The agency for a commune (INSEE code), or the fallback when none is seeded for it. */
export function agencyForCommune(communeCode: string | undefined): Agency {
  if (!communeCode) return FALLBACK;
  const departement = communeCode.slice(0, 2);
  const inDepartement = AGENCIES.filter((a) => a.departement === departement);
  const found =
    inDepartement.find((a) => a.communes?.includes(communeCode)) ??
    inDepartement.find((a) => !a.communes);
  return found ? { nom: found.nom, adresse: found.adresse } : FALLBACK;
}

/** The seeded agencies' codes, for validating the agency a terminal or a staff member names. */
export const agencyCodes: readonly string[] = AGENCIES.map((a) => a.code);

/** The agency of a code, or undefined when no seeded agency has it. */
export function agencyByCode(code: string): Agency | undefined {
  const found = AGENCIES.find((a) => a.code === code);
  return found ? { nom: found.nom, adresse: found.adresse } : undefined;
}
