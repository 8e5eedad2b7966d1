/** Our thin layer over the design system: features import these, never react-dsfr itself. */
export { Alert, type AlertProps } from './Alert';
export { Badge, type BadgeProps } from './Badge';
export { Button, type ButtonProps } from './Button';
export { DateField, type DateFieldProps } from './DateField';
export { dateLocale, toDisplayDate, toIsoDate } from './dates';
export { Dialog, DialogAssistContext, type DialogProps } from './Dialog';
export { Page, type PageProps } from './Page';
export { ScreenHeading } from './ScreenHeading';
export { SubStepHeading, type SubStepHeadingProps } from './SubStepHeading';
export { StatusMessage, type StatusMessageProps } from './StatusMessage';
export { ServiceTile, type ServiceTileProps } from './ServiceTile';
export { TextInput, type TextInputProps } from './TextInput';
export { useDocumentTitle } from './useDocumentTitle';
export { Checkbox, RadioGroup, type CheckboxProps, type RadioGroupProps } from './Choice';
export { Select, type SelectProps } from './Select';
export { ReviewList, ReviewSection, type ReviewRows, type ReviewSectionProps } from './Review';
export { announce, useKioskForm, type KioskForm, type KioskFormOptions } from './form';
export { Stepper, type StepperProps } from './Stepper';
