import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SubStepHeading } from '../../ui';
import { loadPdfjs } from './loadPdfjs';
import { linesOf } from './pdfText';
import styles from './viewer.module.css';

interface Props {
  title: string;
  /** The PDF's bytes (from main; the renderer never fetches from the network). */
  data: Uint8Array;
  onClose(): void;
  /** Extra actions shown beside "Fermer" (e.g. "Imprimer"). */
  actions?: React.ReactNode;
  /** Whose words name the viewer and its close button: a letter's (default) or an attestation's. */
  texts?: 'documents.viewer' | 'paiements.viewer' | 'employer.viewer';
}

type Doc = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;

/**
 * An in-app PDF viewer: pdf.js draws each page on a canvas; no plugin, no eval, no network. The
 * page's text, from the PDF's text layer, is offered as text too (« Lire le texte du courrier »):
 * a canvas is a picture, which neither a screen reader nor the kiosk's voice can read.
 */
export function PdfViewer({ title, data, onClose, actions, texts = 'documents.viewer' }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<Doc | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);
  const [rendered, setRendered] = useState(false);
  const [textShown, setTextShown] = useState(false);
  const [text, setText] = useState<{ page: number; lines: string[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: Doc | undefined;
    void (async () => {
      try {
        const pdfjs = await loadPdfjs();
        // isEvalSupported: false — the CSP forbids eval, and pdf.js must not even try.
        const task = pdfjs.getDocument({
          data: data.slice(),
          isEvalSupported: false,
          useSystemFonts: true,
        });
        loaded = await task.promise;
        if (cancelled) void loaded.destroy();
        else setDoc(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [data]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let cancelled = false;
    const target = canvas.current;
    void (async () => {
      try {
        const pdfPage = await doc.getPage(page);
        const viewport = pdfPage.getViewport({ scale: 1.5 });
        target.width = viewport.width;
        target.height = viewport.height;
        await pdfPage.render({ canvas: target, viewport }).promise;
        if (!cancelled) setRendered(true);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, page]);

  useEffect(() => {
    if (!doc || !textShown) return;
    let cancelled = false;
    void (async () => {
      try {
        const content = await (await doc.getPage(page)).getTextContent();
        if (!cancelled) setText({ page, lines: linesOf(content.items) });
      } catch {
        if (!cancelled) setText({ page, lines: [] });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, page, textShown]);

  const count = doc?.numPages ?? 0;
  const lines = text?.page === page ? text.lines : null;
  return (
    <section aria-labelledby="pdf-title">
      {/* The letter opened is a step of "Mes courriers": the focus and the page title go to it. */}
      <SubStepHeading id="pdf-title" level={3} className="fr-h5">
        {title}
      </SubStepHeading>
      <div className="kiosk-form-actions">
        <Button priority="secondary" icon="fr-icon-close-line" onClick={onClose}>
          {t(`${texts}.close`)}
        </Button>
        {actions}
      </div>
      {failed && <Alert severity="error" message={t(`${texts}.failed`)} />}
      {!doc && !failed && <p role="status">{t(`${texts}.loading`)}</p>}
      {count > 1 && (
        <div className="kiosk-form-actions">
          <Button
            priority="tertiary"
            onClick={() => setPage((p) => Math.max(1, p - 1))}
            nativeProps={{ disabled: page <= 1 }}
          >
            {t('documents.viewer.previous')}
          </Button>
          <Button
            priority="tertiary"
            onClick={() => setPage((p) => Math.min(count, p + 1))}
            nativeProps={{ disabled: page >= count }}
          >
            {t('documents.viewer.next')}
          </Button>
        </div>
      )}
      {count > 0 && <p>{t('documents.viewer.pageOf', { page, count })}</p>}
      {doc && (
        <Button
          priority="secondary"
          className={styles.textToggle}
          onClick={() => setTextShown((shown) => !shown)}
          nativeProps={{ 'aria-expanded': textShown, 'aria-controls': 'pdf-text' }}
        >
          {textShown ? t('speech.letter.hide') : t('speech.letter.read')}
        </Button>
      )}
      {textShown && (
        <section id="pdf-text" aria-label={t('speech.letter.label')} className={styles.text}>
          {lines === null ? (
            <p role="status">{t(`${texts}.loading`)}</p>
          ) : lines.length === 0 ? (
            <p>{t('speech.letter.none')}</p>
          ) : (
            lines.map((line, index) => <p key={index}>{line}</p>)
          )}
        </section>
      )}
      <canvas
        ref={canvas}
        className={styles.canvas}
        role="img"
        aria-label={t(`${texts}.label`, { title })}
        data-rendered={rendered ? 'true' : undefined}
      />
    </section>
  );
}
