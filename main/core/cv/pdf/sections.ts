import { formatMonthYear, type CvContent, type MonthYear } from '../../../../shared/domain/cv';
import { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from '../../../../shared/wording';
import { pdfLabels } from './labels';
import { colours, type Column } from './writer';

export interface Person {
  prenom: string;
  nom: string;
}

function period(start: MonthYear | null, end: MonthYear | null): string {
  if (start && end) return `${formatMonthYear(start)} – ${formatMonthYear(end)}`;
  if (start) return `${pdfLabels.since} ${formatMonthYear(start)}`;
  return formatMonthYear(end);
}

const joined = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' · ');

export function targetLine(cv: CvContent): string {
  const { target } = cv;
  return joined(
    target.appellation ? `${target.appellation.label} (${target.appellation.rome})` : '',
    target.contracts.map((c) => cvContractFr[c]).join(', '),
    target.workingTimes.map((w) => cvWorkingTimeFr[w]).join(', '),
    target.places.map((p) => p.label).join(', '),
  );
}

/** Expériences then formations, or the reverse (step 2's "Expérience / Formation en premier"). */
export function writeMainSections(column: Column, cv: CvContent, dated = false): void {
  const experiences = () => {
    if (cv.experiences.length === 0) return;
    column.heading(pdfLabels.experiences);
    for (const e of cv.experiences) {
      entry(column, dated, period(e.start, e.end ?? null), joined(e.job, e.employer), [
        joined(e.place, dated ? '' : period(e.start, e.end)),
      ]);
      if (e.tasks.trim()) column.text(e.tasks, { indent: dated ? 90 : 0, after: 6 });
      else column.space(4);
    }
  };
  const formations = () => {
    if (cv.formations.length === 0) return;
    column.heading(pdfLabels.formations);
    for (const f of cv.formations) {
      entry(column, dated, period(f.start, f.end), f.title, [
        joined(
          f.school,
          f.place,
          dated ? '' : period(f.start, f.end),
          f.obtained ? pdfLabels.obtained : '',
        ),
      ]);
      column.space(4);
    }
  };
  if (cv.layout.order === 'formation') {
    formations();
    experiences();
  } else {
    experiences();
    formations();
  }
}

function entry(column: Column, dated: boolean, when: string, title: string, details: string[]) {
  column.ensure(40);
  if (dated) {
    const y = column.y;
    column.text(when, { size: 9, color: colours.muted });
    column.y = y;
  }
  const indent = dated ? 90 : 0;
  column.text(title, { bold: true, indent });
  for (const detail of details.filter(Boolean))
    column.text(detail, { size: 9, color: colours.muted, indent });
}

/** Langues, permis, compétences, centres d'intérêt: short lists, for the body or a sidebar. */
export function writeSideSections(column: Column, cv: CvContent, headingColour = colours.accent) {
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    column.heading(title, headingColour, 11);
    for (const item of items) column.text(`• ${item}`, { after: 1 });
  };
  list(
    pdfLabels.skills,
    [...cv.skills.rome, ...cv.skills.free].map((s) => s.trim()).filter(Boolean),
  );
  list(
    pdfLabels.languages,
    cv.languages.map((l) => `${l.name} : ${cvLanguageLevelFr[l.level]}`),
  );
  list(
    pdfLabels.licences,
    cv.licences.map((l) => `${pdfLabels.licence} ${l}`),
  );
  list(pdfLabels.interests, cv.interests.map((i) => i.trim()).filter(Boolean));
}

/** E-mail as a real mailto: link, telephone as tel:. */
export function writeContact(column: Column, cv: CvContent, colour = colours.accent) {
  const email = cv.contact.email.trim();
  const phone = cv.contact.telephone.trim();
  if (email) column.link(email, `mailto:${encodeURI(email)}`, { color: colour });
  if (phone) column.link(phone, `tel:${phone.replace(/[^\d+]/g, '')}`, { color: colour });
}
