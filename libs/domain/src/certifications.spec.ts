import {
  canonicalVerificationCode,
  groupedVerificationCode,
  normaliseHolderName,
  VERIFICATION_CODE_ALPHABET,
} from './certifications';

describe('verification codes', () => {
  it('has no look-alike symbols', () => {
    expect(VERIFICATION_CODE_ALPHABET).toHaveLength(32);
    expect(VERIFICATION_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads a code typed in either case, with spaces or dashes, and the confusable letters', () => {
    const code = '7QX40M2PD1VKAB9ZR3T5';
    expect(groupedVerificationCode(code)).toBe('7QX4-0M2P-D1VK-AB9Z-R3T5');
    for (const typed of [
      '7qx4-0m2p-d1vk-ab9z-r3t5',
      '7QX4 OM2P DIVK AB9Z R3T5',
      '7qx4om2pdlvkab9zr3t5',
      '7QX4–0M2P–D1UK–AB9Z–R3T5',
    ])
      expect(canonicalVerificationCode(typed)).toBe(code);
    expect(canonicalVerificationCode('7QX4-0M2P-D1VK-AB9Z-R3T')).toBeNull();
    expect(canonicalVerificationCode('AbCdEfGhIjKlMnOpQrStUv')).toBeNull(); // an old base64url code
  });
});

describe('normaliseHolderName', () => {
  it('matches a name typed from an identity document', () => {
    expect(normaliseHolderName('Ayşe Kılıç')).toBe(normaliseHolderName('AYSE KILIC'));
    expect(normaliseHolderName('João  Araújo-Pereira')).toBe('joao araujo pereira');
    expect(normaliseHolderName('Олена Коваленко')).toBe(normaliseHolderName('ОЛЕНА КОВАЛЕНКО'));
    expect(normaliseHolderName('吴伟')).toBe('吴伟');
    expect(normaliseHolderName('Jürgen Groß')).toBe('jurgen gross');
  });
});
