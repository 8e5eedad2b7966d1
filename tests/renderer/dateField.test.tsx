import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/ui';
import { typedDate } from '../../renderer/ui/dates';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        id="d"
        label="Premier jour"
        hint="Au format JJ/MM/AAAA"
        value={value}
        onChange={setValue}
      />
      <output>{value}</output>
    </>
  );
}

describe('DateField: JJ/MM/AAAA whatever the browser', () => {
  it('puts the slashes in as digits are typed, and hands the form an ISO date', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByLabelText(/^Premier jour/);
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).not.toHaveAttribute('type', 'date');
    await user.type(field, '0510');
    expect(field).toHaveValue('05/10/');
    expect(screen.getByRole('status')).toHaveTextContent('05/10/');
    await user.type(field, '2026');
    expect(field).toHaveValue('05/10/2026');
    expect(screen.getByRole('status')).toHaveTextContent('2026-10-05');
  });

  it('shows a saved ISO date as JJ/MM/AAAA, and lets the person erase across a slash', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-10-05" />);
    const field = screen.getByLabelText(/^Premier jour/);
    expect(field).toHaveValue('05/10/2026');
    await user.click(field);
    await user.keyboard('[End]{Backspace}');
    expect(field).toHaveValue('05/10/202');
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await user.keyboard('{Backspace}');
      seen.push((field as HTMLInputElement).value);
    }
    expect(seen).toEqual(['05/10/20', '05/10/2', '05/10', '05/1', '05']);
  });

  it('pads a one-digit day or month closed by a slash, and ignores anything else', () => {
    expect(typedDate('5/', '5')).toBe('05/');
    expect(typedDate('05/3/', '05/3')).toBe('05/03/');
    expect(typedDate('5/3/2026', '')).toBe('05/03/2026');
    expect(typedDate('05-10-2026x', '')).toBe('05/10/2026');
    expect(typedDate('05/10/20261', '05/10/2026')).toBe('05/10/2026');
  });
});
