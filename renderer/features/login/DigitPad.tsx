import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

/** The ten digits in a random order (Fisher–Yates over crypto randomness), new each time it opens. */
export function shuffledDigits(random: (max: number) => number = cryptoRandom): string[] {
  const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  for (let i = digits.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    [digits[i], digits[j]] = [digits[j] as string, digits[i] as string];
  }
  return digits;
}

function cryptoRandom(max: number): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) % max;
}

/**
 * An on-screen pad for numeric passwords (the legacy code confidentiel). The keys move at every
 * opening, so the positions touched, seen over a shoulder or logged by a compromised keyboard,
 * do not give the code away. While it is open, the on-screen keyboard leaves its field alone
 * (`data-kiosk-keypad-for`): one pad at a time.
 */
export function DigitPad({
  onDigit,
  onErase,
  id,
  field,
}: {
  onDigit(d: string): void;
  onErase(): void;
  id: string;
  /** The id of the field this pad types into. */
  field: string;
}) {
  const { t } = useTranslation();
  const digits = useMemo(() => shuffledDigits(), []);
  return (
    <div
      id={id}
      role="group"
      aria-label={t('account.login.digitPadLabel')}
      className="kiosk-digit-pad"
      data-kiosk-keypad-for={field}
    >
      {digits.map((digit) => (
        <Button
          key={digit}
          priority="secondary"
          className="kiosk-digit-pad__key"
          onClick={() => onDigit(digit)}
        >
          {digit}
        </Button>
      ))}
      <Button
        priority="tertiary"
        icon="fr-icon-delete-line"
        className="kiosk-digit-pad__erase"
        onClick={onErase}
      >
        {t('account.login.digitPadErase')}
      </Button>
    </div>
  );
}
