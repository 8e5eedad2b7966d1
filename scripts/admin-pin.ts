/**
 * `npm run admin-pin`: reads an admin PIN (4 to 12 digits) on standard input and prints the line to
 * put in the kiosk's config as admin.pinHash. The PIN is never an argument (shell history, ps).
 *   printf '%s' 73914562 | npm run --silent admin-pin
 */
import { createInterface } from 'node:readline';
import { adminPinSchema } from '../shared/contract/admin';
import { hashPin } from '../main/core/admin/pin';

async function main(): Promise<void> {
  if (process.stdin.isTTY) process.stderr.write('Admin PIN (4 to 12 digits), then Enter: ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  let pin = '';
  for await (const line of lines) {
    pin = line.trim();
    break;
  }
  lines.close();
  if (!adminPinSchema.safeParse(pin).success) {
    process.stderr.write('The PIN must be 4 to 12 digits.\n');
    process.exit(2);
  }
  const hash = await hashPin(pin);
  process.stdout.write(`${hash}\n`);
  process.stderr.write(`Put it in kiosk.json: { "admin": { "pinHash": "${hash}" } }\n`);
}

void main();
