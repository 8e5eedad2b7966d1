import { describe, expect, it } from 'vitest';
import {
  changeOf,
  emptySituationDraft,
  situationDraftSchema,
  situationProblems,
  type SituationChange,
} from '../../../shared/domain/situation';

const TODAY = '2026-11-05';
const base: SituationChange = {
  kind: 'absence',
  dateDebut: '2026-11-10',
  dateFin: '2026-11-17',
  employeur: null,
  contrat: null,
  organisme: null,
  codePostal: null,
  commune: null,
};
const problems = (change: Partial<SituationChange>, today = TODAY) =>
  situationProblems({ ...base, ...change }, today);

describe('change of situation: the date and field rules', () => {
  it('accepts an absence of 8 days, refuses one of 7 and an end before the start', () => {
    expect(problems({})).toEqual({});
    expect(problems({ dateFin: '2026-11-16' })).toEqual({
      dateFin: 'situation.errors.absenceTooShort',
    });
    expect(problems({ dateFin: '2026-11-09' })).toEqual({
      dateFin: 'situation.errors.finBeforeDebut',
    });
  });

  it('keeps a sick leave to today or before, other changes to 31 days ahead, 6 months back', () => {
    const leave = { kind: 'arretMaladie' as const, dateDebut: '2026-11-06', dateFin: '2026-11-20' };
    expect(problems(leave)).toEqual({ dateDebut: 'situation.errors.debutFuture' });
    expect(problems({ ...leave, dateDebut: TODAY })).toEqual({});
    expect(problems({ dateDebut: '2026-12-07', dateFin: '2026-12-20' })).toEqual({
      dateDebut: 'situation.errors.debutTooFar',
    });
    expect(problems({ dateDebut: '2026-12-06', dateFin: '2026-12-20' })).toEqual({});
    expect(problems({ dateDebut: '2026-05-01', dateFin: '2026-05-20' })).toEqual({
      dateDebut: 'situation.errors.debutTooOld',
    });
    // Delivered late from a terminal's outbox: only what time cannot change is checked.
    expect(
      situationProblems({ ...base, dateDebut: '2026-05-01', dateFin: '2026-05-20' }, TODAY, {
        lateDelivery: true,
      }),
    ).toEqual({});
    expect(problems({ dateDebut: '2026-02-30' })).toEqual({
      dateDebut: 'situation.errors.dateFormat',
    });
  });

  it('asks for the employer and contract of a job, the commune of a move', () => {
    expect(problems({ kind: 'repriseEmploi', dateFin: null })).toEqual({
      employeur: 'situation.errors.employeurRequired',
      contrat: 'situation.errors.contratRequired',
    });
    expect(problems({ kind: 'demenagement', dateFin: null, codePostal: '22200' })).toEqual({
      commune: 'situation.errors.communeRequired',
    });
  });

  it('drops what the kind does not use, and the screen schema asks for a kind first', () => {
    const draft = {
      ...emptySituationDraft,
      kind: 'demenagement' as const,
      dateDebut: '2026-11-20',
      dateFin: '2026-11-30',
      employeur: 'left over',
      codePostal: ' 22200 ',
      commune: { code: '22070', nom: 'Guingamp' },
    };
    expect(changeOf(draft)).toMatchObject({ dateFin: null, employeur: null, codePostal: '22200' });
    const parsed = situationDraftSchema(TODAY).safeParse(emptySituationDraft);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['situation.errors.kindRequired']);
  });
});
