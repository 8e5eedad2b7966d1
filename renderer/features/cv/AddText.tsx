import { useState } from 'react';
import { Button, TextInput } from '../../ui';
import styles from './cv.module.css';

/** A field and an "Ajouter" button, for lists of short free texts (skills, interests). */
export function AddText({
  id,
  label,
  addLabel,
  maxLength,
  onAdd,
}: {
  id: string;
  label: string;
  addLabel: string;
  maxLength: number;
  onAdd(value: string): void;
}) {
  const [value, setValue] = useState('');
  const add = () => {
    if (!value.trim()) return;
    onAdd(value.trim());
    setValue('');
  };
  return (
    <div className={styles.add}>
      <TextInput
        id={id}
        label={label}
        value={value}
        onChange={setValue}
        inputProps={{
          maxLength,
          onKeyDown: (e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          },
        }}
      />
      <Button priority="secondary" onClick={add}>
        {addLabel}
      </Button>
    </div>
  );
}
