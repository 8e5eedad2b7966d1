import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter } from '../../../shared/contract/documents';
import { useKioskCall } from '../../bridge';
import { Alert, Button } from '../../ui';
import { PdfViewer } from '../pdfViewer';
import { formatDate } from './format';
import { PrintedInFrench } from '../language';

/** "Mes courriers": the list; "Lire" opens the in-app viewer; "Imprimer" prints at the agency. */
export function Letters({ letters }: { letters: Letter[] }) {
  const { t, i18n } = useTranslation();
  // A second tap while a letter is opening or printing is ignored, not sent again.
  const letterPdf = useKioskCall('exchanges.letterPdf');
  const letterPrint = useKioskCall('exchanges.letterPrint');
  const [open, setOpen] = useState<{ letter: Letter; data: Uint8Array } | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );

  const read = async (letter: Letter) => {
    setMessage(null);
    const r = await letterPdf.run({ letterId: letter.id });
    if (!r) return;
    if (r.ok)
      setOpen({ letter, data: Uint8Array.from(atob(r.value.pdfBase64), (c) => c.charCodeAt(0)) });
    else setMessage({ severity: 'error', text: t(`errors.${r.error.code}`) });
  };
  const print = async (letter: Letter) => {
    setMessage(null);
    const r = await letterPrint.run({ letterId: letter.id });
    if (!r) return;
    setMessage(
      r.ok
        ? { severity: 'success', text: t('documents.exchanges.printed') }
        : { severity: 'error', text: t(`errors.${r.error.code}`) },
    );
  };

  if (letters.length === 0) return <p>{t('documents.exchanges.noLetters')}</p>;
  return (
    <>
      {message && <Alert severity={message.severity} message={message.text} focusOnShow />}
      <PrintedInFrench />
      {open ? (
        <PdfViewer
          title={open.letter.title}
          data={open.data}
          onClose={() => setOpen(null)}
          actions={
            <Button icon="fr-icon-printer-line" onClick={() => void print(open.letter)}>
              {t('documents.exchanges.print')}
            </Button>
          }
        />
      ) : (
        <ul className="kiosk-cards">
          {letters.map((letter) => (
            <li key={letter.id} className="kiosk-card">
              <div className="kiosk-card__body">
                <p className="kiosk-card__title">{letter.title}</p>
                <p className="kiosk-card__meta">
                  {t('documents.exchanges.receivedOn', {
                    date: formatDate(letter.sentAt, i18n.language),
                  })}
                </p>
              </div>
              <div className="kiosk-card__aside">
                <Button
                  onClick={() => void read(letter)}
                  nativeProps={{
                    'aria-label': t('documents.exchanges.readLetter', { title: letter.title }),
                  }}
                >
                  {t('documents.exchanges.read')}
                </Button>
                <Button
                  priority="secondary"
                  icon="fr-icon-printer-line"
                  onClick={() => void print(letter)}
                  nativeProps={{
                    'aria-label': t('documents.exchanges.printLetter', { title: letter.title }),
                  }}
                >
                  {t('documents.exchanges.print')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
