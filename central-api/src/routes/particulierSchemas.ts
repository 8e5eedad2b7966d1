import { secretQuestionIds } from '../../../shared/domain/secretQuestions';

const str = (maxLength: number, minLength = 0) =>
  ({ type: 'string', minLength, maxLength }) as const;

const commune = {
  type: ['object', 'null'],
  required: ['code', 'nom'],
  additionalProperties: false,
  properties: { code: str(5, 5), nom: str(80, 1) },
} as const;

/**
 * The body of POST /v1/employers/particulier: the shapes here; the rules (NIR key and consistency,
 * phones, e-mail confirmation, commune) are the kiosk's shared zod schema, run again by the route.
 */
export const particulierBody = {
  type: 'object',
  required: ['account', 'passToken'],
  additionalProperties: false,
  properties: {
    passToken: { ...str(128, 1), description: 'From a passed contrôle de sécurité (once)' },
    account: {
      type: 'object',
      required: ['etatCivil', 'coordonnees', 'securite', 'cgu'],
      additionalProperties: false,
      properties: {
        etatCivil: {
          type: 'object',
          required: [
            'civilite',
            'nomNaissance',
            'prenom',
            'nir',
            'dateNaissance',
            'paysNaissance',
            'communeNaissance',
          ],
          additionalProperties: false,
          properties: {
            civilite: { type: 'string', enum: ['M', 'F'] },
            nomNaissance: str(60, 1),
            nomUsage: str(60),
            prenom: str(60, 1),
            nir: str(30, 1),
            dateNaissance: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            paysNaissance: str(60, 1),
            communeNaissance: commune,
          },
        },
        coordonnees: {
          type: 'object',
          required: ['codePostal', 'commune', 'email', 'emailConfirmation', 'emailsFranceTravail'],
          additionalProperties: false,
          properties: {
            codePostal: str(10, 1),
            commune,
            voie: str(100),
            complement: str(100),
            email: str(254, 3),
            emailConfirmation: str(254, 3),
            telephone1: str(40),
            telephone2: str(40),
            emailsFranceTravail: { type: 'boolean' },
          },
        },
        securite: {
          type: 'object',
          required: ['questionSecrete', 'reponseSecrete'],
          additionalProperties: false,
          properties: {
            questionSecrete: { type: 'string', enum: [...secretQuestionIds] },
            reponseSecrete: str(60, 1),
          },
        },
        cgu: { type: 'boolean', enum: [true] },
      },
    },
  },
} as const;
