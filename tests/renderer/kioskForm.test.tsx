import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loginSchema } from '../../shared/domain/login';
import { TextInput, useKioskForm } from '../../renderer/ui';
import '../../renderer/i18n';

function Harness() {
  const form = useKioskForm({
    idPrefix: 'f',
    schema: loginSchema,
    draft: { identifiant: '', motDePasse: '', codePostal: '' },
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => undefined)}>
      <TextInput
        id="f-identifiant"
        label="Identifiant"
        error={form.errorOf('identifiant')}
        value={form.values.identifiant}
        onChange={(v) => form.set('identifiant', v)}
      />
      <TextInput
        id="f-codePostal"
        label="Code postal"
        error={form.errorOf('codePostal')}
        value={form.values.codePostal}
        onChange={(v) => form.set('codePostal', v)}
      />
      <button type="submit">Valider</button>
    </form>
  );
}

describe('useKioskForm: a message is about what was there at the last press', () => {
  it('takes a field’s message away once the person changes that field, and only that one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Écrivez votre identifiant.')).toBeVisible();
    expect(screen.getByText('Écrivez le code postal de l’adresse où vous habitez.')).toBeVisible();

    await user.type(screen.getByLabelText(/^Identifiant/), '1');
    expect(screen.queryByText('Écrivez votre identifiant.')).toBeNull();
    expect(screen.getByText('Écrivez le code postal de l’adresse où vous habitez.')).toBeVisible();
    // What was typed stays; the next press checks it again.
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue('1');
  });
});
