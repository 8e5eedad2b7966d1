import type { PDFPage } from 'pdf-lib';
import type { CvContent } from '../../../../shared/domain/cv';
import { pdfLabels } from './labels';
import {
  targetLine,
  writeContact,
  writeMainSections,
  writeSideSections,
  type Person,
} from './sections';
import { A4, Column, colours, PageSet, type Fonts } from './writer';
import type { PDFDocument } from 'pdf-lib';

const [WIDTH, HEIGHT] = A4;
const MARGIN = 48;

type Model = (doc: PDFDocument, fonts: Fonts, cv: CvContent, person: Person) => void;

const fullName = (person: Person) => `${person.prenom} ${person.nom}`.trim();

/** Modèle 1, classique: one column, the name at the top, sections under blue rules. */
const classic: Model = (doc, fonts, cv, person) => {
  const pages = new PageSet(doc, () => undefined);
  const column = new Column(pages, fonts, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN, MARGIN);
  column.text(fullName(person), { size: 20, bold: true, after: 2 });
  column.text(cv.title, { size: 14, bold: true, color: colours.accent, after: 2 });
  writeContact(column, cv);
  const target = targetLine(cv);
  if (target) column.text(`${pdfLabels.target} : ${target}`, { size: 9, color: colours.muted });
  if (cv.accroche.trim()) {
    column.space(6);
    column.text(cv.accroche, { after: 4 });
  }
  writeMainSections(column, cv);
  writeSideSections(column, cv);
};

/** Modèle 2, colonne: a tinted left column with the contact and short lists, the story on the right. */
const sidebar: Model = (doc, fonts, cv, person) => {
  const SIDE = 190;
  const pages = new PageSet(doc, (page: PDFPage) =>
    page.drawRectangle({ x: 0, y: 0, width: SIDE, height: HEIGHT, color: colours.light }),
  );
  const side = new Column(pages, fonts, 20, SIDE - 16, HEIGHT - MARGIN, MARGIN);
  const main = new Column(pages, fonts, SIDE + 22, WIDTH - MARGIN, HEIGHT - MARGIN, MARGIN);
  main.text(fullName(person), { size: 20, bold: true, after: 2 });
  main.text(cv.title, { size: 14, bold: true, color: colours.accent, after: 4 });
  const target = targetLine(cv);
  if (target) main.text(target, { size: 9, color: colours.muted, after: 4 });
  if (cv.accroche.trim()) main.text(cv.accroche, { after: 4 });
  writeMainSections(main, cv);
  if (cv.contact.email.trim() || cv.contact.telephone.trim()) {
    side.heading(pdfLabels.contact, colours.accent, 11);
    writeContact(side, cv);
  }
  writeSideSections(side, cv);
};

/** Modèle 3, bandeau: a blue band with the name, dates in a left gutter. */
const banner: Model = (doc, fonts, cv, person) => {
  const BAND = 96;
  const pages = new PageSet(doc, (page, index) => {
    if (index === 0)
      page.drawRectangle({
        x: 0,
        y: HEIGHT - BAND,
        width: WIDTH,
        height: BAND,
        color: colours.accent,
      });
  });
  const head = new Column(pages, fonts, MARGIN, WIDTH - MARGIN, HEIGHT - 24, HEIGHT - BAND);
  head.text(fullName(person), { size: 20, bold: true, color: colours.white, after: 2 });
  head.text(cv.title, { size: 13, bold: true, color: colours.white });
  const column = new Column(
    pages,
    fonts,
    MARGIN,
    WIDTH - MARGIN,
    HEIGHT - BAND - 16,
    MARGIN,
    HEIGHT - MARGIN,
  );
  writeContact(column, cv);
  const target = targetLine(cv);
  if (target) column.text(`${pdfLabels.target} : ${target}`, { size: 9, color: colours.muted });
  if (cv.accroche.trim()) {
    column.space(6);
    column.text(cv.accroche, { after: 4 });
  }
  writeMainSections(column, cv, true);
  writeSideSections(column, cv);
};

export const models: Record<CvContent['layout']['model'], Model> = {
  1: classic,
  2: sidebar,
  3: banner,
};
