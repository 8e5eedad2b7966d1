import { PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFRef } from 'pdf-lib';
import type { PreparedPage } from './pipeline';

const POINTS_PER_INCH = 72;

/**
 * Assembles prepared pages into one PDF. G4 pages keep their CCITT data untouched: each TIFF strip
 * becomes a /CCITTFaxDecode image XObject (K -1 = pure two-dimensional G4) drawn at its place.
 */
export async function assemblePdf(pages: PreparedPage[], title = 'Document'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Borne France Travail');
  pdf.setCreator('Borne France Travail');
  // A fixed date keeps the bytes free of when (and so, indirectly, by whom) the scan was made.
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  for (const prepared of pages) {
    const scale = POINTS_PER_INCH / prepared.dpi;
    const pageWidth = prepared.width * scale;
    const pageHeight = prepared.height * scale;
    const page = pdf.addPage([pageWidth, pageHeight]);
    if (prepared.kind === 'jpeg') {
      const image = await pdf.embedJpg(prepared.bytes);
      page.drawImage(image, { x: 0, y: 0, width: pageWidth, height: pageHeight });
      continue;
    }
    let rowsAbove = 0;
    const ops: string[] = [];
    prepared.strips.forEach((strip, index) => {
      const name = `G4s${index}`;
      const ref = registerG4(pdf, prepared.width, strip.rows, prepared.blackIs1, strip.bytes);
      page.node.setXObject(PDFName.of(name), ref);
      const h = strip.rows * scale;
      const y = pageHeight - (rowsAbove + strip.rows) * scale;
      ops.push(`q ${num(pageWidth)} 0 0 ${num(h)} 0 ${num(y)} cm /${name} Do Q`);
      rowsAbove += strip.rows;
    });
    const content = pdf.context.flateStream(ops.join('\n'));
    page.node.addContentStream(pdf.context.register(content));
  }
  return pdf.save({ useObjectStreams: true });
}

function registerG4(
  pdf: PDFDocument,
  width: number,
  rows: number,
  blackIs1: boolean,
  bytes: Uint8Array,
): PDFRef {
  const context = pdf.context;
  const dict = context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: rows,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'CCITTFaxDecode',
    DecodeParms: { K: -1, Columns: width, Rows: rows, BlackIs1: blackIs1 },
  });
  dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
  return context.register(PDFRawStream.of(dict, bytes));
}

const num = (n: number) => Number(n.toFixed(4)).toString();
