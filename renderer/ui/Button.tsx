import { Button as DsfrButton } from '@codegouvfr/react-dsfr/Button';
import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr';
import type { ButtonProps as DsfrButtonProps } from '@codegouvfr/react-dsfr/Button';
import type { MouseEventHandler, ReactNode, Ref } from 'react';

export interface ButtonProps {
  children: ReactNode;
  onClick?: MouseEventHandler<HTMLButtonElement>;
  type?: 'button' | 'submit';
  priority?: 'primary' | 'secondary' | 'tertiary';
  /** Kiosk targets are 44 px or more: large unless a layout really needs medium. */
  size?: 'medium' | 'large';
  icon?: FrIconClassName;
  className?: string;
  /** Extra attributes for the <button> (aria-pressed, aria-controls, aria-describedby…). */
  nativeProps?: DsfrButtonProps.AsButton['nativeButtonProps'];
  ref?: Ref<HTMLButtonElement>;
}

/** The kiosk's button: the design system's, large by default. */
export function Button({
  children,
  onClick,
  type = 'button',
  priority = 'primary',
  size = 'large',
  icon,
  className,
  nativeProps,
  ref,
}: ButtonProps) {
  const common = { ref, onClick, type, priority, size, className, nativeButtonProps: nativeProps };
  return icon ? (
    <DsfrButton {...common} iconId={icon}>
      {children}
    </DsfrButton>
  ) : (
    <DsfrButton {...common}>{children}</DsfrButton>
  );
}
