import { randomBytes, randomInt } from 'node:crypto';
import type { AntiRobotChallenge } from '../../../shared/domain/particulier';
import { normaliseSecretAnswer } from '../../../shared/domain/secretQuestions';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { isoAfter, newToken, sha256Hex } from '../tokens';

/**
 * The particulier employeur space's "contrôle de sécurité": "Quel mot parmi ces trois
 * propositions est une couleur : ordinateur, violet, clavier ?", with "Afficher une nouvelle
 * question (5 changements autorisés)".
 * Questions go out as ids (the kiosk words them from its catalogues); answers are typed, so each
 * word is accepted in French, English or Arabic (the interface languages), case and accents aside. The answer never leaves the
 * central API. See docs/decisions.md, "Anti-robot question".
 */
export const ANTI_ROBOT_WORDS = {
  violet: ['violet', 'purple', 'بنفسجي'],
  rouge: ['rouge', 'red', 'أحمر'],
  vert: ['vert', 'green', 'أخضر'],
  jaune: ['jaune', 'yellow', 'أصفر'],
  bleu: ['bleu', 'blue', 'أزرق'],
  chat: ['chat', 'cat', 'قط'],
  cheval: ['cheval', 'horse', 'حصان'],
  lapin: ['lapin', 'rabbit', 'أرنب'],
  mouton: ['mouton', 'sheep', 'خروف'],
  canard: ['canard', 'duck', 'بطة'],
  pomme: ['pomme', 'apple', 'تفاحة'],
  poire: ['poire', 'pear', 'إجاص'],
  cerise: ['cerise', 'cherry', 'كرز'],
  fraise: ['fraise', 'strawberry', 'فراولة'],
  banane: ['banane', 'banana', 'موز'],
  ordinateur: ['ordinateur', 'computer', 'حاسوب'],
  clavier: ['clavier', 'keyboard', 'لوحة مفاتيح'],
  chaise: ['chaise', 'chair', 'كرسي'],
  table: ['table', 'table', 'طاولة'],
  crayon: ['crayon', 'pencil', 'قلم'],
  lampe: ['lampe', 'lamp', 'مصباح'],
  marteau: ['marteau', 'hammer', 'مطرقة'],
  valise: ['valise', 'suitcase', 'حقيبة'],
} as const satisfies Record<string, readonly [fr: string, en: string, ar: string]>;
export type AntiRobotWord = keyof typeof ANTI_ROBOT_WORDS;

export const ANTI_ROBOT_CATEGORIES = {
  couleur: ['violet', 'rouge', 'vert', 'jaune', 'bleu'],
  animal: ['chat', 'cheval', 'lapin', 'mouton', 'canard'],
  fruit: ['pomme', 'poire', 'cerise', 'fraise', 'banane'],
} as const satisfies Record<string, readonly AntiRobotWord[]>;
type Category = keyof typeof ANTI_ROBOT_CATEGORIES;

/** Objects that belong to no category: the two wrong propositions. */
const DISTRACTORS: readonly AntiRobotWord[] = [
  'ordinateur',
  'clavier',
  'chaise',
  'table',
  'crayon',
  'lampe',
  'marteau',
  'valise',
];

export const ANTI_ROBOT_CHANGES = 5;
const CHALLENGE_TTL_SECONDS = 15 * 60;
/** How long a passed contrôle stays valid for creating the account (review and CGU included). */
const PASS_TTL_SECONDS = 30 * 60;
/**
 * Wrong answers a terminal may give per quarter of an hour: a person rarely misses twice, a script
 * guessing one word in three would need many tries; past this it must wait (429).
 */
export const ANTI_ROBOT_FAILURES_PER_WINDOW = 10;
const FAILURE_WINDOW_SECONDS = 15 * 60;

interface ChallengeRow {
  id: string;
  terminal_id: string;
  /** With words_json, what was asked: kept for a support look-up, never needed to check. */
  category: Category;
  words_json: string;
  answer: AntiRobotWord;
  changes_left: number;
  status: 'open' | 'replaced' | 'failed' | 'passed' | 'used';
  expires_at: string;
}

const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)] as T;

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Drops questions nobody can use any more: expired, and older than the failure window that the
 * rate limit counts (a passed one lives until its pass expires). Without it the table grows with
 * every question ever asked.
 */
function purgeStale(db: Db, at: Date): void {
  const windowStart = new Date(at.getTime() - FAILURE_WINDOW_SECONDS * 1000).toISOString();
  db.prepare('DELETE FROM anti_robot_challenges WHERE expires_at <= ? AND created_at <= ?').run(
    at.toISOString(),
    windowStart,
  );
}

export function createChallenge(
  db: Db,
  terminalId: string,
  changesLeft: number,
  at: Date,
): AntiRobotChallenge {
  purgeStale(db, at);
  const category = pick(Object.keys(ANTI_ROBOT_CATEGORIES) as Category[]);
  const answer = pick(ANTI_ROBOT_CATEGORIES[category]);
  const [first, second] = shuffled(DISTRACTORS);
  const words = shuffled([answer, first as AntiRobotWord, second as AntiRobotWord]);
  const id = randomBytes(16).toString('base64url');
  db.prepare(
    `INSERT INTO anti_robot_challenges (id, terminal_id, category, words_json, answer, changes_left, status, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(
    id,
    terminalId,
    category,
    JSON.stringify(words),
    answer,
    changesLeft,
    at.toISOString(),
    isoAfter(at, CHALLENGE_TTL_SECONDS),
  );
  return { challengeId: id, category, words, changesLeft };
}

/** The terminal's own open challenge (another terminal's id is not even confirmed to exist). */
function openChallenge(db: Db, id: string, terminalId: string, at: Date): ChallengeRow {
  const row = db
    .prepare('SELECT * FROM anti_robot_challenges WHERE id = ? AND terminal_id = ?')
    .get(id, terminalId) as ChallengeRow | undefined;
  if (!row) throw new ApiError(404, 'challenge_not_found', 'No such question for this terminal');
  if (row.status !== 'open')
    throw new ApiError(409, 'challenge_closed', `This question is ${row.status}`);
  if (row.expires_at <= at.toISOString())
    throw new ApiError(410, 'challenge_expired', 'This question is too old');
  return row;
}

/** "Afficher une nouvelle question": the old one is closed, the count of changes goes down. */
export function replaceChallenge(
  db: Db,
  id: string,
  terminalId: string,
  at: Date,
): AntiRobotChallenge {
  const row = openChallenge(db, id, terminalId, at);
  if (row.changes_left <= 0)
    throw new ApiError(409, 'no_more_changes', 'The 5 changes of question are used');
  db.prepare(`UPDATE anti_robot_challenges SET status = 'replaced' WHERE id = ?`).run(id);
  return createChallenge(db, terminalId, row.changes_left - 1, at);
}

export type AnswerOutcome =
  { passed: true; passToken: string } | { passed: false; challenge: AntiRobotChallenge };

/**
 * One answer per question: a right one gives a pass token for the account creation; a wrong one
 * closes the question and gives a fresh one (same changes left), so guessing costs a round trip
 * each time and never reveals which word was right.
 */
export function answerChallenge(
  db: Db,
  id: string,
  terminalId: string,
  answer: string,
  at: Date,
): AnswerOutcome {
  const row = openChallenge(db, id, terminalId, at);
  const since = new Date(at.getTime() - FAILURE_WINDOW_SECONDS * 1000).toISOString();
  const { failures } = db
    .prepare(
      `SELECT COUNT(*) AS failures FROM anti_robot_challenges
       WHERE terminal_id = ? AND status = 'failed' AND created_at > ?`,
    )
    .get(terminalId, since) as { failures: number };
  if (failures >= ANTI_ROBOT_FAILURES_PER_WINDOW)
    throw new ApiError(
      429,
      'rate_limited',
      'Too many wrong answers from this terminal',
      FAILURE_WINDOW_SECONDS,
    );
  const typed = normaliseSecretAnswer(answer);
  const right = ANTI_ROBOT_WORDS[row.answer].some((w) => normaliseSecretAnswer(w) === typed);
  if (!right) {
    db.prepare(`UPDATE anti_robot_challenges SET status = 'failed' WHERE id = ?`).run(id);
    return { passed: false, challenge: createChallenge(db, terminalId, row.changes_left, at) };
  }
  const passToken = newToken();
  db.prepare(
    `UPDATE anti_robot_challenges SET status = 'passed', pass_token_hash = ?, expires_at = ? WHERE id = ?`,
  ).run(sha256Hex(passToken), isoAfter(at, PASS_TTL_SECONDS), id);
  return { passed: true, passToken };
}

const VALID_PASS = `pass_token_hash = ? AND terminal_id = ? AND status = 'passed' AND expires_at > ?`;
const passRequired = () =>
  new ApiError(
    403,
    'anti_robot_required',
    'Answer the contrôle de sécurité again before creating the space',
  );

/**
 * Checks a pass without spending it: a request without a valid pass is refused before the costly
 * password hashing, so the contrôle also keeps that work out.
 */
export function checkPass(db: Db, passToken: string, terminalId: string, at: Date): void {
  const row = db
    .prepare(`SELECT 1 FROM anti_robot_challenges WHERE ${VALID_PASS}`)
    .get(sha256Hex(passToken), terminalId, at.toISOString());
  if (!row) throw passRequired();
}

/** Spends a pass token (once, on this terminal, while valid), else 403 anti_robot_required. */
export function spendPass(db: Db, passToken: string, terminalId: string, at: Date): void {
  const spent = db
    .prepare(`UPDATE anti_robot_challenges SET status = 'used' WHERE ${VALID_PASS}`)
    .run(sha256Hex(passToken), terminalId, at.toISOString());
  if (spent.changes !== 1) throw passRequired();
}
