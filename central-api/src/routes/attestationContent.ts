import { formatPeriod, parsePeriod } from '../../../shared/domain/actualisation';
import type { AttestationRequest } from '../../../shared/domain/paiements';
import { rightsStatusFr, suspensionReasonFr } from '../../../shared/wording/paiements';
import { allocationName, euros, frDay, frMonth, type AttestationContent } from '../attestationPdf';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { findFile, findRights, paymentsBetween, type PaymentRow } from './paiementsData';

/** An allowance's name inside a sentence: « au titre de l’allocation d’aide… ». */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

type Statement = Pick<AttestationContent, 'subtitle' | 'paragraphs' | 'table'>;

const sum = (rows: PaymentRow[], pick: (r: PaymentRow) => number) =>
  rows.reduce((total, r) => total + pick(r), 0);

const paymentTable = (rows: PaymentRow[]) => ({
  head: ['Mois', 'Payé le', 'Jours', 'Brut', 'Net versé'],
  widths: [110, 110, 50, 100, 100],
  rows: rows.map((r) => [
    frMonth(r.period),
    frDay(r.paid_on),
    String(r.days),
    euros(r.gross_centimes),
    euros(r.net_centimes),
  ]),
});

/**
 * What each kind of attestation states, from the database. The payment account appears by its
 * last four digits only; nothing here reads a NIR.
 */
export function attestationStatement(
  db: Db,
  userId: number,
  request: AttestationRequest,
  at: Date,
): Statement {
  const file = findFile(db, userId);
  const rights = findRights(db, userId);
  const account = file?.paid_to_last4
    ? ` Les paiements sont versés sur le compte bancaire se terminant par ${file.paid_to_last4}.`
    : '';
  switch (request.kind) {
    case 'paiement': {
      const rows = paymentsBetween(db, userId, request.from, request.to);
      const subtitle =
        request.from === request.to
          ? `Mois de ${frMonth(request.from)}`
          : `De ${frMonth(request.from)} à ${frMonth(request.to)}`;
      if (rows.length === 0)
        return {
          subtitle,
          paragraphs: ['France Travail atteste n’avoir versé aucune allocation sur cette période.'],
        };
      return {
        subtitle,
        paragraphs: [
          `France Travail atteste avoir versé les sommes suivantes au titre de l’${inSentence(allocationName(rows[0]!.allocation))}.${account}`,
          `Total brut : ${euros(sum(rows, (r) => r.gross_centimes))}. Total net versé : ${euros(sum(rows, (r) => r.net_centimes))}.`,
        ],
        table: paymentTable(rows),
      };
    }
    case 'fiscale': {
      const rows = db
        .prepare('SELECT * FROM payments WHERE user_id = ? AND paid_on LIKE ? ORDER BY paid_on')
        .all(userId, `${request.year}-%`) as PaymentRow[];
      return {
        subtitle: `Revenus de l’année ${request.year}`,
        paragraphs: [
          `France Travail atteste avoir versé en ${request.year} un total brut de ${euros(sum(rows, (r) => r.gross_centimes))}.`,
          `Montant imposable à déclarer : ${euros(sum(rows, (r) => r.taxable_centimes))}. Ce montant est déjà transmis à l’administration fiscale. Vérifiez-le sur votre déclaration de revenus, rubrique « allocations chômage ».`,
        ],
        ...(rows.length > 0 ? { table: paymentTable(rows) } : {}),
      };
    }
    case 'inscription': {
      if (!file) throw new ApiError(409, 'no_file', 'No job seeker file for this account');
      const today = frDay(at.toISOString().slice(0, 10));
      const situation = !rights
        ? 'Vous n’avez pas de droit à une allocation de France Travail à ce jour.'
        : rights.status === 'suspended' && rights.suspension_reason
          ? `${allocationName(rights.allocation)} : paiements suspendus depuis le ${frDay(rights.suspended_on ?? '')}, car ${suspensionReasonFr[rights.suspension_reason]}.`
          : `${allocationName(rights.allocation)} : ${rightsStatusFr[rights.status].toLowerCase()}.`;
      return {
        subtitle: `Situation au ${today}`,
        paragraphs: [
          `France Travail atteste que la personne désignée ci-dessus est inscrite sur la liste des demandeurs d’emploi, en catégorie ${file.category}, sans interruption depuis le ${frDay(file.registered_on)}, et qu’elle l’est toujours à la date du ${today}.`,
          `Période d’inscription : du ${frDay(file.registered_on)} à ce jour.`,
          `Situation de l’indemnisation : ${situation}`,
        ],
      };
    }
    case 'droits': {
      if (!rights) throw new ApiError(409, 'no_rights', 'No allowance rights for this account');
      const net = rights.daily_gross_centimes - rights.daily_deductions_centimes;
      const opened = parsePeriod(rights.opened_on.slice(0, 7));
      return {
        subtitle: allocationName(rights.allocation),
        paragraphs: [
          `France Travail atteste que des droits à l’${inSentence(allocationName(rights.allocation))} sont ouverts depuis le ${frDay(rights.opened_on)}${opened ? ` (premier mois payé : ${frMonth(formatPeriod(opened))})` : ''}.`,
          `Montant journalier : ${euros(rights.daily_gross_centimes)} brut, soit ${euros(net)} net.`,
          `Durée des droits : ${rights.days_total} jours. Jours restant à payer : ${rights.days_remaining}. Fin prévue des droits : ${frDay(rights.ends_on)}.`,
          `État : ${rightsStatusFr[rights.status]}.${account}`,
        ],
      };
    }
  }
}
