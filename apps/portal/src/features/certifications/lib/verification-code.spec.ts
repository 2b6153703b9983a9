import { verificationCodeFrom } from './verification-code';

describe('verificationCodeFrom', () => {
  it('takes a typed code as it is, trimmed', () => {
    expect(verificationCodeFrom('  Zx9_abcDEF-1234567890abcd ')).toBe('Zx9_abcDEF-1234567890abcd');
  });

  it('takes the code out of a pasted verification link', () => {
    expect(verificationCodeFrom('https://academy.icspa.org/verify/Zx9_abcDEF-1234567890abcd')).toBe(
      'Zx9_abcDEF-1234567890abcd',
    );
    expect(verificationCodeFrom('http://localhost:3000/verify/abc123?utm=x#top')).toBe('abc123');
  });

  it('is empty for nothing typed', () => {
    expect(verificationCodeFrom('   ')).toBe('');
  });
});
