import { createHmac } from 'node:crypto';
import { signAlertToken, verifyAlertToken } from './alert-links';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ID = '3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b';

describe('signed alert links', () => {
  const token = signAlertToken(SECRET, 'unsubscribe', ID);

  it('carry the purpose and the saved search id, and verify back to the id', () => {
    expect(token).toMatch(/^unsubscribe\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(verifyAlertToken(SECRET, 'unsubscribe', token)).toBe(ID);
  });

  it('refuse any change to the id, the purpose or the signature', () => {
    const [purpose, id, signature] = token.split('.');
    const otherId = `${id.slice(0, -1)}${id.endsWith('a') ? 'b' : 'a'}`;
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    for (const tampered of [
      `${purpose}.${otherId}.${signature}`,
      `confirm.${id}.${signature}`,
      `${purpose}.${id}.${flipped}`,
      `${purpose}.${id}.${signature}x`,
      `${purpose}.${id}.${signature.slice(0, -1)}`,
      `${purpose}.${id}`,
      `${token}.extra`,
      '',
      'not a token',
    ])
      expect(verifyAlertToken(SECRET, 'unsubscribe', tampered)).toBeUndefined();
  });

  it('depend on the secret', () => {
    expect(verifyAlertToken(`${SECRET}-rotated`, 'unsubscribe', token)).toBeUndefined();
    expect(signAlertToken(`${SECRET}-rotated`, 'unsubscribe', ID)).not.toBe(token);
  });

  it('use a key of their own, not the secret itself', () => {
    const naive = createHmac('sha256', SECRET).update(`unsubscribe.${ID}`).digest('base64url');
    expect(token.split('.')[2]).not.toBe(naive);
  });
});
