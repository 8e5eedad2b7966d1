import { describe, expect, it } from 'vitest';
import { fr } from '../../renderer/i18n/fr';
import { readability, sentences, syllables, words } from './readability';

/**
 * Easy French (FALC) over the French catalogue: short sentences, a readability floor, and the
 * administrative words a job seeker may not know explained wherever they are shown.
 */

function leaves(value: object, prefix = ''): [key: string, text: string][] {
  return Object.entries(value).flatMap(([key, child]): [string, string][] =>
    typeof child === 'string'
      ? [[`${prefix}${key}`, child]]
      : leaves(child as object, `${prefix}${key}.`),
  );
}

/**
 * The screens written in easy French: welcome, sign-in, dashboard, actualisation, documents (with
 * the scanner and the camera), payments and attestations, offer search, endings; the account
 * screens (registration, sign-in help), the employer spaces and the CV.
 */
const falcParts = ['account', 'employer', 'cv'];
const falcSections = [
  ...falcParts,
  'welcome',
  'login',
  'dashboard',
  'actualisation',
  'documents',
  'paiements',
  'offres',
  'idle',
  'ending',
  'visit',
  'assist',
  'form',
  'validation',
  'errors',
  'situation',
  'access',
  'profil',
  'adviser',
  'outOfService',
];
const all = leaves(fr);
const falc = all.filter(([key]) => falcSections.includes(key.split('.')[0] ?? ''));
const inSection = (key: string, prefixes: string[]) =>
  prefixes.some((p) => key === p || key.startsWith(`${p}.`));

/** The words of the longest sentence of a string. */
const longest = (text: string) => Math.max(...sentences(text).map((s) => words(s).length));

/**
 * A word that must stay (it is on letters, forms, the website) but that many readers do not know.
 * It is explained either in the same string (« salaire brut : … », « récépissé (le papier …) »)
 * or by a designated key of the screen it is shown on.
 */
interface Jargon {
  term: RegExp;
  /**
   * The key that explains it, and the keys (or sections) it is shown with. `nextTo`: the
   * explanation is the description printed under that title rather than a « terme : … » sentence.
   */
  explainedBy: { key: string; covers: string[]; nextTo?: string }[];
}
/** A whole word (accented letters count as letters, unlike \b). */
function word(pattern: string, flags = ''): RegExp {
  return new RegExp(`(?<!\\p{L})${pattern}(?!\\p{L})`, `${flags}u`);
}
const jargon: Jargon[] = [
  {
    term: word('(m’)?actualis(ation|er)', 'i'),
    explainedBy: [
      {
        key: 'actualisation.intro.what',
        covers: ['actualisation', 'errors.window_closed', 'errors.already_declared'],
      },
      {
        key: 'dashboard.services.actualisation.description',
        nextTo: 'dashboard.services.actualisation.title',
        covers: ['dashboard'],
      },
      { key: 'paiements.next.declareFirst', covers: ['paiements'] },
    ],
  },
  {
    term: word('identifiant', 'i'),
    explainedBy: [
      {
        key: 'login.identifiantHint',
        nextTo: 'login.identifiant',
        covers: ['login', 'validation.identifiant', 'errors.invalid_credentials'],
      },
      {
        key: 'account.registration.codes.identifiantHint',
        covers: [
          'account.registration.codes',
          'account.errors.identifiant',
          'account.errors.password',
          'account.passwordRules',
        ],
      },
      { key: 'account.resume.intro', covers: ['account.resume'] },
      { key: 'account.forgotten.intro', covers: ['account.forgotten'] },
      {
        key: 'employer.entreprise.identifiantHint',
        covers: ['employer.entreprise'],
      },
      { key: 'employer.signIn.identifiantHint', covers: ['employer.signIn'] },
      {
        key: 'employer.particulier.confirmation.email2',
        covers: ['employer.particulier.confirmation'],
      },
      { key: 'access.identifiant.intro', covers: ['access'] },
    ],
  },
  {
    term: word('justificatifs?', 'i'),
    explainedBy: [
      { key: 'actualisation.done.confirmSent', covers: ['actualisation'] },
      { key: 'situation.keepReference', covers: ['situation'] },
      { key: 'situation.history.intro', covers: ['situation.history'] },
      { key: 'offres.apply.keepReference', covers: ['offres.apply'] },
    ],
  },
  {
    term: word('allocations?', 'i'),
    explainedBy: [
      { key: 'actualisation.stop.warning', covers: ['actualisation'] },
      { key: 'paiements.explain.allocation', covers: ['paiements'] },
    ],
  },
  {
    term: word('brut', 'i'),
    explainedBy: [
      { key: 'actualisation.employeurs.brutHelp', covers: ['actualisation'] },
      { key: 'paiements.explain.gross', covers: ['paiements'] },
    ],
  },
  {
    term: word('récépissé', 'i'),
    explainedBy: [
      { key: 'dashboard.provisional.message', covers: ['dashboard'] },
      {
        key: 'account.registration.confirmation.next3',
        covers: ['account.registration.confirmation'],
      },
    ],
  },
  { term: word('chiffre d’affaires', 'i'), explainedBy: [] },
  {
    term: word('pension d’invalidité', 'i'),
    explainedBy: [{ key: 'actualisation.questionHelp.invalidite', covers: ['actualisation'] }],
  },
  { term: word('numéris\\p{L}*', 'i'), explainedBy: [] },
  { term: word('session', 'i'), explainedBy: [] },
  { term: word('indemnisation', 'i'), explainedBy: [] },
  { term: word('NIR'), explainedBy: [] },
  {
    term: word('SIRET'),
    explainedBy: [
      { key: 'employer.choice.entrepriseHint', covers: ['employer.choice'] },
      {
        key: 'employer.entreprise.siretHint',
        nextTo: 'employer.entreprise.siret',
        covers: ['employer.entreprise', 'account.errors.siret'],
      },
    ],
  },
  {
    term: word('ROME( 4\\.0)?'),
    explainedBy: [
      { key: 'cv.cible.chosen', covers: [] },
      { key: 'cv.cible.source', covers: [] },
      { key: 'offres.romeHint', covers: ['offres.modes.rome', 'offres.rome'] },
    ],
  },
  { term: word('NAF'), explainedBy: [] },
  { term: word('Kbis', 'i'), explainedBy: [] },
  { term: word('URSSAF'), explainedBy: [] },
  { term: word('CESU'), explainedBy: [] },
  { term: word('raison sociale', 'i'), explainedBy: [] },
  { term: word('CGU'), explainedBy: [] },
];

/**
 * « terme : explication », « terme de domicile : explication », « terme (explication) » or
 * « explication : le terme ».
 */
function explainsItself(text: string, term: RegExp): boolean {
  const t = term.source;
  return (
    new RegExp(`${t}(\\s+[\\p{L}’]+){0,2}\\s*(:|\\()`, 'iu').test(text) ||
    new RegExp(`(:|\\()\\s*(le |la |l’|les )?${t}`, 'iu').test(text)
  );
}

describe('easy French (FALC) in the French catalogue', () => {
  it('keeps sentences short: 18 words at most on the easy-French screens, 30 elsewhere', () => {
    const tooLong = all
      .filter(([key, text]) => longest(text) > (falc.some(([k]) => k === key) ? 18 : 30))
      .map(([key, text]) => `${key} (${longest(text)} words)`);
    expect(tooLong).toEqual([]);
  });

  it('reads as easy French: Kandel–Moles score 80 or more over the easy-French screens', () => {
    const score = readability(falc.map(([, text]) => text));
    expect(score.kandelMoles).toBeGreaterThanOrEqual(80);
  });

  it('explains every listed administrative word where it is shown', () => {
    const unexplained: string[] = [];
    for (const { term, explainedBy } of jargon) {
      for (const { key, nextTo } of explainedBy) {
        const text = falc.find(([k]) => k === key)?.[1] ?? '';
        const title = falc.find(([k]) => k === nextTo)?.[1] ?? '';
        const explains = nextTo
          ? term.test(title) && words(text).length >= 5
          : explainsItself(text, term);
        expect(explains, `${key} explains ${term.source}`).toBe(true);
      }
      for (const [key, text] of falc) {
        if (!term.test(text) || explainsItself(text, term)) continue;
        if (explainedBy.some(({ covers }) => inSection(key, covers))) continue;
        unexplained.push(`${key}: ${term.source}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('reads as easy French in each part rewritten: Kandel–Moles 80 or more', () => {
    const scores = falcParts.map((part) => {
      const score = readability(falc.filter(([key]) => inSection(key, [part])).map(([, t]) => t));
      return [part, Math.round(score.kandelMoles)] as const;
    });
    // The employer spaces keep long official names on every screen (Particulier employeur,
    // numéro de sécurité sociale, établissement, certification): their floor is 75.
    const floor = (part: string) => (part === 'employer' ? 75 : 80);
    expect(scores.filter(([part, score]) => score < floor(part))).toEqual([]);
  });

  it('says what to do in every field message, as a full sentence', () => {
    const messages = falc.filter(([key]) =>
      /^(validation|actualisation\.errors|documents\.validation|account\.errors|employer\.errors|cv\.validation)\./.test(
        key,
      ),
    );
    expect(messages.length).toBeGreaterThan(20);
    for (const [key, text] of messages) {
      expect(text, key).toMatch(/[.?!]$/);
      expect(text, key).not.toMatch(/obligatoire/i);
    }
  });

  it('counts French syllables the way the score expects', () => {
    expect(
      ['chat', 'porte', 'actualisation', 'parlent', 'vent', 'identifiant', 'écrivez'].map(
        syllables,
      ),
    ).toEqual([1, 1, 5, 1, 1, 4, 3]);
  });
});
