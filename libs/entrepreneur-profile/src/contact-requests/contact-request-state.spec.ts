import {
  answerProblem,
  canMove,
  CONTACT_REQUEST_STATUSES,
  CONTACT_REQUEST_TARGETS,
  reasonProblem,
  sourcesOf,
} from './contact-request-state';

const legal = [
  ['new', 'in_progress'],
  ['new', 'accepted'],
  ['new', 'declined'],
  ['in_progress', 'accepted'],
  ['in_progress', 'declined'],
] as const;

describe('contact request status machine', () => {
  it.each(legal)('%s → %s is legal', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it('refuses every other move, including staying put and going back to new', () => {
    const allowed = new Set(legal.map(([from, to]) => `${from}>${to}`));
    let refused = 0;
    for (const from of CONTACT_REQUEST_STATUSES) {
      for (const to of CONTACT_REQUEST_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(canMove(from, to)).toBe(false);
        refused++;
      }
    }
    expect(refused).toBe(16 - legal.length);
  });

  it('accepted and declined are final', () => {
    for (const to of CONTACT_REQUEST_STATUSES) {
      expect(canMove('accepted', to)).toBe(false);
      expect(canMove('declined', to)).toBe(false);
    }
  });

  it('lists the sources of each target (the WHERE of the conditional update)', () => {
    expect(sourcesOf('in_progress')).toEqual(['new']);
    expect(sourcesOf('accepted')).toEqual(['new', 'in_progress']);
    expect(sourcesOf('declined')).toEqual(['new', 'in_progress']);
    for (const to of CONTACT_REQUEST_TARGETS)
      for (const from of sourcesOf(to)) expect(canMove(from, to)).toBe(true);
  });

  it('a decline needs a reason; other moves take none', () => {
    expect(reasonProblem('declined', 'Not eligible: residence outside the EU')).toBeNull();
    expect(reasonProblem('declined', undefined)).toBe('reasonRequired');
    expect(reasonProblem('declined', '   ')).toBe('reasonRequired');
    expect(reasonProblem('accepted', undefined)).toBeNull();
    expect(reasonProblem('in_progress', null)).toBeNull();
    expect(reasonProblem('accepted', 'because')).toBe('reasonOnlyWhenDeclined');
  });

  it('an answer is optional; when given, 1 to 4,000 characters once trimmed', () => {
    expect(answerProblem(undefined)).toBeNull();
    expect(answerProblem(null)).toBeNull();
    expect(answerProblem(' Bienvenue ! ')).toBeNull();
    expect(answerProblem(`  ${'x'.repeat(4000)}\n`)).toBeNull();
    expect(answerProblem('🌍'.repeat(4000))).toBeNull();
    expect(answerProblem(' \n ')).toBe('answerEmpty');
    expect(answerProblem('x'.repeat(4001))).toBe('answerTooLong');
  });
});
