import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../../shared/domain/registration';
import {
  antiRobotAnswerSchema,
  particulierAccountSchema,
  particulierCoordonneesSchema,
  particulierEtatCivilSchema,
  particulierSecuriteSchema,
  type ParticulierCoordonnees,
  type ParticulierEtatCivil,
} from '../../../shared/domain/particulier';

// Seed 000's review: "Monsieur PARTICULIER EMPLOYEUR, né le 23 mai 1995 à Clermont 63100".
const etatCivil: ParticulierEtatCivil = {
  civilite: 'M',
  nomNaissance: 'Particulier',
  nomUsage: '',
  prenom: 'Employeur',
  nir: '1 95 05 63 113 012 69',
  dateNaissance: '1995-05-23',
  paysNaissance: 'FRANCE',
  communeNaissance: { code: '63113', nom: 'Clermont-Ferrand' },
};
const coordonnees: ParticulierCoordonnees = {
  codePostal: '63100',
  commune: { code: '63113', nom: 'Clermont-Ferrand' },
  voie: 'avenue Édouard Michelin',
  complement: '',
  email: 'votreadressemail@adressemail.fr',
  emailConfirmation: 'votreadressemail@AdresseMail.FR',
  telephone1: '06 00 00 00 00',
  telephone2: '',
  emailsFranceTravail: false,
};
const errorsOf = (patch: Partial<ParticulierEtatCivil>) =>
  fieldErrorsOf(particulierEtatCivilSchema, { ...etatCivil, ...patch });

describe('particulier employeur: état civil', () => {
  it('accepts the sample person and real NIRs (Corsica 2A, born abroad)', () => {
    expect(errorsOf({})).toEqual({});
    expect(
      errorsOf({
        nir: '185052A00402161',
        dateNaissance: '1985-05-02',
        communeNaissance: null,
        paysNaissance: 'Italie',
      }),
    ).toEqual({});
    expect(
      errorsOf({
        civilite: 'F',
        nir: '269079935012319',
        dateNaissance: '1969-07-14',
        paysNaissance: 'Maroc',
        communeNaissance: null,
      }),
    ).toEqual({});
  });
  it('names the NIR problem next to the NIR, as registration does', () => {
    expect(errorsOf({ nir: '' })).toEqual({ nir: 'employer.errors.nirRequired' });
    expect(errorsOf({ nir: '19505631130' })).toEqual({ nir: 'account.errors.nir.format' });
    expect(errorsOf({ nir: '195056311301268' })).toEqual({ nir: 'account.errors.nir.key' });
    expect(errorsOf({ civilite: 'F' })).toEqual({ nir: 'account.errors.nir.sex' });
    expect(errorsOf({ dateNaissance: '1996-05-23' })).toEqual({
      nir: 'account.errors.nir.birthYear',
    });
    expect(errorsOf({ dateNaissance: '1995-06-23' })).toEqual({
      nir: 'account.errors.nir.birthMonth',
    });
  });
  it('asks for the commune when born in France, and an adult birth date', () => {
    expect(errorsOf({ communeNaissance: null })).toEqual({
      communeNaissance: 'account.errors.required',
    });
    expect(errorsOf({ dateNaissance: '1995-02-30' }).dateNaissance).toBe('account.errors.date');
    const minor = `${new Date().getUTCFullYear() - 10}-05-23`;
    expect(errorsOf({ dateNaissance: minor }).dateNaissance).toBe('account.errors.dateRange');
  });
});

describe('particulier employeur: coordonnées, question secrète, contrôle', () => {
  const co = (patch: Partial<ParticulierCoordonnees>) =>
    fieldErrorsOf(particulierCoordonneesSchema, { ...coordonnees, ...patch });
  it('requires the e-mail and its confirmation (domain case aside), phones optional but French', () => {
    expect(co({})).toEqual({});
    expect(co({ email: '', emailConfirmation: '' })).toEqual({
      email: 'account.errors.required',
      emailConfirmation: 'account.errors.required',
    });
    expect(co({ emailConfirmation: 'autre@adressemail.fr' })).toEqual({
      emailConfirmation: 'account.errors.emailMismatch',
    });
    expect(co({ email: 'pas-une-adresse', emailConfirmation: 'pas-une-adresse' })).toEqual({
      email: 'account.errors.email',
    });
    expect(co({ telephone1: '+33 4 73 00 00 00', telephone2: '07 12 34 56 78' })).toEqual({});
    expect(co({ telephone2: '12 34' })).toEqual({ telephone2: 'account.errors.phone' });
    expect(co({ commune: null })).toEqual({ commune: 'account.errors.commune' });
    expect(co({ codePostal: '6310' }).codePostal).toBe('account.errors.codePostal');
  });
  it('checks the secret question, its answer and the typed anti-robot answer', () => {
    expect(
      fieldErrorsOf(particulierSecuriteSchema, { questionSecrete: 'x', reponseSecrete: 'a' }),
    ).toEqual({
      questionSecrete: 'account.errors.questionSecrete',
      reponseSecrete: 'account.errors.reponseSecrete',
    });
    expect(fieldErrorsOf(antiRobotAnswerSchema, { challengeId: 'c', answer: '  ' })).toEqual({
      answer: 'employer.errors.antiRobot.required',
    });
  });
  it('sends nothing without the CGU', () => {
    const account = {
      etatCivil,
      coordonnees,
      securite: { questionSecrete: 'villeNaissance', reponseSecrete: 'Clermont' },
      cgu: false,
    };
    expect(fieldErrorsOf(particulierAccountSchema, account)).toEqual({
      cgu: 'account.errors.cgu',
    });
    expect(fieldErrorsOf(particulierAccountSchema, { ...account, cgu: true })).toEqual({});
  });
  it('never throws on random input', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.record({
        civilite: fc.constantFrom('M', 'F', '', 'X'),
        nomNaissance: fc.string(),
        nomUsage: fc.string(),
        prenom: fc.string(),
        nir: fc.oneof(fc.string(), fc.stringMatching(/^[12]\d{4}(2A|2B|\d\d)\d{8}$/)),
        dateNaissance: fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
        paysNaissance: fc.string(),
        communeNaissance: fc.constantFrom(null, { code: '63113', nom: 'C' }, 'x'),
      }),
    );
    fc.assert(
      fc.property(anything, fc.anything(), fc.anything(), (a, b, c) => {
        particulierEtatCivilSchema.safeParse(a);
        particulierCoordonneesSchema.safeParse(b);
        particulierSecuriteSchema.safeParse(c);
        particulierAccountSchema.safeParse({
          etatCivil: a,
          coordonnees: b,
          securite: c,
          cgu: true,
        });
        fieldErrorsOf(particulierEtatCivilSchema, a);
      }),
      { numRuns: 500 },
    );
  });
});
