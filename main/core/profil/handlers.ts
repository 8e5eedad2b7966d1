import { randomInt } from 'node:crypto';
import { electronicFormatIBAN } from 'ibantools';
import { KioskError, type Profil } from '../../../shared/contract';
import type { profilMethods } from '../../../shared/contract/profil';
import { REFERENCE_ALPHABET } from '../../../shared/domain/actualisation';
import { formatFrenchPhone, parseFrenchPhone } from '../../../shared/domain/phone';
import { maskIban, type ProfilChange, type ProfilChangeKind } from '../../../shared/domain/profil';
import { secretQuestionsFr } from '../../../shared/wording';
import { mapRefusals } from '../account/apiRefusal';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { buildProfilReceiptPdf, type ProfilReceiptData } from './receiptPdf';

interface VisitState {
  /** Kinds this visit handed to the outbox that it still holds: shown « en cours ». */
  queued: Set<ProfilChangeKind>;
  /** The last change, already masked, for « Imprimer le justificatif ». */
  receipt?: ProfilReceiptData;
  submitting?: Promise<ProfilReceiptData>;
}

/** PRF-20261205-7K4Q2M: made here so a queued change has its reference on the receipt already. */
function newReference(at: Date): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `PRF-${at.toISOString().slice(0, 10).replaceAll('-', '')}-${code}`;
}

/** The change as the central API stores it: phone and IBAN in one canonical form. */
function normalise(change: ProfilChange): ProfilChange {
  if (change.kind === 'telephone') {
    const phone = parseFrenchPhone(change.data.telephone);
    return phone ? { kind: 'telephone', data: { telephone: phone.national } } : change;
  }
  if (change.kind === 'rib') {
    const { titulaire, iban, bic } = change.data;
    return {
      kind: 'rib',
      data: {
        titulaire,
        iban: electronicFormatIBAN(iban) ?? iban,
        bic: bic.replace(/\s/g, '').toUpperCase(),
      },
    };
  }
  return change;
}

/** What the receipt prints of a change: the IBAN masked, the secret answer left out. */
function printable(change: ProfilChange): Pick<ProfilReceiptData, 'lines' | 'newCodePostal'> {
  switch (change.kind) {
    case 'adresse': {
      const { adresse, complement, codePostal, commune } = change.data;
      return {
        lines: [adresse, complement, `${codePostal} ${commune?.nom ?? ''}`].filter(Boolean),
      };
    }
    case 'telephone': {
      const phone = parseFrenchPhone(change.data.telephone);
      return { lines: [phone ? formatFrenchPhone(phone) : change.data.telephone] };
    }
    case 'email':
      return { lines: [change.data.email] };
    case 'rib':
      return {
        lines: [
          change.data.titulaire,
          `IBAN ${maskIban(change.data.iban)}`,
          ...(change.data.bic ? [`BIC ${change.data.bic}`] : []),
        ],
      };
    case 'questionSecrete':
      return {
        lines: [secretQuestionsFr[change.data.questionSecrete] ?? ''],
      };
  }
}

const k = (key: string) => `profil.errors.${key}`;

/**
 * « Mon profil ». Current values come from the central API; each change goes through the outbox
 * (an idempotency key, the submission grant once the person has gone). What main remembers (the
 * kinds still queued, the last receipt, masked) lives per visit in memory and dies with it.
 */
export function profilHandlers(deps: HandlerDeps): HandlersFor<typeof profilMethods> {
  const { visits, api, outbox, printer } = deps;
  const memory = new WeakMap<Visit, VisitState>();
  const stateOf = (visit: Visit) => {
    let state = memory.get(visit);
    if (!state) {
      state = { queued: new Set() };
      memory.set(visit, state);
    }
    return state;
  };

  const submit = async (
    visit: Visit & { userToken: string },
    state: VisitState,
    input: ProfilChange,
  ): Promise<ProfilReceiptData> => {
    const change = normalise(input);
    const at = new Date();
    const body = { reference: newReference(at), change };
    const receipt = await mapRefusals(
      () => outbox.submit(visit, { kind: 'profil-change', path: '/v1/me/profil/changes', body }),
      {
        rib_change_pending: ['iban', k('ribPending')],
        iban_invalid: ['iban', k('iban.key')],
        phone_invalid: ['telephone', k('telephone')],
        email_unchanged: ['email', k('emailUnchanged')],
      },
    );
    const created = receipt.response as
      { receivedAt?: string; codePostalChanged?: boolean } | undefined;
    if (receipt.status === 'queued') state.queued.add(change.kind);
    else state.queued.delete(change.kind);
    const data: ProfilReceiptData = {
      reference: body.reference,
      submittedAt: created?.receivedAt ?? at.toISOString(),
      status: receipt.status,
      kind: change.kind,
      ...printable(change),
    };
    if (change.kind === 'adresse') data.newCodePostal = change.data.codePostal;
    state.receipt = data;
    return data;
  };

  return {
    'profil.get': async () => {
      const visit = requireUser(visits);
      const profil = await api.getAsUser<Omit<Profil, 'enAttente'>>(
        'profile details',
        '/v1/me/profil',
        visit.userToken,
      );
      return { ...profil, enAttente: [...stateOf(visit).queued] };
    },
    'profil.submit': async (input) => {
      const visit = requireUser(visits);
      const state = stateOf(visit);
      // A second touch on « Envoyer » while the first is on its way gets the same outcome.
      if (state.submitting) return toReceipt(await state.submitting);
      state.submitting = submit(visit, state, input).finally(() => {
        state.submitting = undefined;
      });
      return toReceipt(await state.submitting);
    },
    'profil.printReceipt': async () => {
      const visit = requireUser(visits);
      const data = memory.get(visit)?.receipt;
      if (!data) throw new KioskError('forbidden', 'no profile change to print in this visit');
      await printer.print(await buildProfilReceiptPdf(data, visit.profile), {
        kind: 'profil-receipt',
      });
      return { printed: true as const };
    },
  };
}

function toReceipt(data: ProfilReceiptData) {
  return { reference: data.reference, submittedAt: data.submittedAt, status: data.status };
}
