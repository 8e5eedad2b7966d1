import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCvPdf } from '../../../main/core/cv/pdf/render';
import type { CvContent } from '../../../shared/domain/cv';
import { sampleCv } from './sample';

const dir = mkdtempSync(join(tmpdir(), 'cv-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const person = { prenom: 'Zoé', nom: 'Lefèvre' };

async function write(cv: CvContent, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderCvPdf(cv, person));
  return file;
}

/** pdftotext, optionally cropped to a column (x, width in points), whitespace folded. */
function text(file: string, crop?: [number, number]): string {
  const args = crop ? ['-x', String(crop[0]), '-y', '0', '-W', String(crop[1]), '-H', '842'] : [];
  return execFileSync('pdftotext', [...args, '-r', '72', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

function pages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

function values(cv: CvContent): string[] {
  return [
    cv.title,
    cv.accroche,
    cv.contact.email,
    cv.contact.telephone,
    cv.target.appellation!.label,
    cv.target.appellation!.rome,
    ...cv.target.places.map((p) => p.label),
    ...cv.experiences.flatMap((e) => [e.job, e.employer, e.place, e.tasks]),
    ...cv.formations.flatMap((f) => [f.title, f.school, f.place]),
    ...cv.languages.map((l) => l.name),
    ...cv.skills.rome,
    ...cv.skills.free,
    ...cv.interests,
    '06/2022 – 09/2023',
    'Depuis 10/2023',
    'Permis B',
  ];
}

describe.each([1, 2, 3] as const)('CV PDF, modèle %i', (model) => {
  it.each(['experience', 'formation'] as const)(
    'shows every value with its accents, %s first',
    async (order) => {
      const cv = sampleCv();
      cv.layout = { model, order };
      const file = await write(cv, `m${model}-${order}`);
      // Modèle 2 has a sidebar: read each column on its own so that lines do not interleave.
      const body = model === 2 ? `${text(file, [190, 406])} ${text(file, [0, 190])}` : text(file);
      for (const value of [...values(cv), 'Zoé Lefèvre']) expect(body).toContain(value);
      const experience = body.indexOf('Surveillante de baignade');
      const formation = body.indexOf('BPJEPS Activités aquatiques');
      if (order === 'experience') expect(experience).toBeLessThan(formation);
      else expect(formation).toBeLessThan(experience);
      expect(body.indexOf('Surveillante de baignade')).toBeLessThan(
        body.indexOf('Animatrice aquagym'),
      );
    },
  );

  it('renders with pdftoppm, is A4, and links the e-mail address', async () => {
    const cv = sampleCv();
    cv.layout.model = model;
    const file = await write(cv, `render-${model}`);
    execFileSync('pdftoppm', ['-r', '30', '-png', file, join(dir, `page-${model}`)]);
    expect(readdirSync(dir).filter((f) => f.startsWith(`page-${model}`))).toHaveLength(1);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const links = execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' });
    expect(links).toContain('mailto:zo%C3%A9.lef%C3%A8vre@exemple.fr');
    expect(links).toContain('tel:0612345678');
  });

  it('keeps a two-page CV under 150 KB', async () => {
    const cv = sampleCv();
    cv.layout.model = model;
    const base = cv.experiences[0]!;
    cv.experiences = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      id: `e${i}`,
      job: `${base.job} n°${i + 1}`,
      tasks: `${base.tasks} ${base.tasks}`,
    }));
    const file = await write(cv, `long-${model}`);
    expect(pages(file)).toBe(2);
    const size = (await renderCvPdf(cv, person)).byteLength;
    expect(size).toBeLessThan(150 * 1024);
    expect(text(file)).toContain('Surveillante de baignade n°12');
  });
});
