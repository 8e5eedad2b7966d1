import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { CvContent } from '../../../../shared/domain/cv';
import { findResource } from '../../resources';
import { models } from './models';
import type { Person } from './sections';

export type { Person };

let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** DejaVu Sans (Latin with every French accent, Greek, Cyrillic…), read once from resources/fonts. */
function loadFonts() {
  fontBytes ??= {
    regular: readFileSync(findResource('fonts/DejaVuSans.ttf')),
    bold: readFileSync(findResource('fonts/DejaVuSans-Bold.ttf')),
  };
  return fontBytes;
}

/**
 * The CV as an A4 PDF in the chosen model and order: embedded, subset fonts (the text stays
 * selectable and extractable), e-mail as a real mailto: link. Made in main from the validated
 * content; the bytes go to the printer, the preview or the central API, never to disk here.
 */
export async function renderCvPdf(cv: CvContent, person: Person): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = loadFonts();
  const fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  doc.setTitle(`CV – ${cv.title || person.nom}`, { showInWindowTitleBar: true });
  doc.setLanguage('fr-FR');
  doc.setProducer('Borne France Travail');
  doc.setCreator('Borne France Travail');
  // A fixed date: the same CV gives the same bytes (and no trace of when the user was here).
  const epoch = new Date(0);
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  models[cv.layout.model](doc, fonts, cv, person);
  return doc.save();
}
