import { CERTIFICATION_STATUSES } from '@icspa/domain';
import { statusTone } from './status';

describe('statusTone', () => {
  it('shows a valid certification as good, an expired one as a warning and a revoked one as an error', () => {
    expect(statusTone('active')).toBe('ok');
    expect(statusTone('expired')).toBe('warn');
    expect(statusTone('revoked')).toBe('error');
  });

  it('gives every status its own tone', () => {
    expect(new Set(CERTIFICATION_STATUSES.map(statusTone)).size).toBe(CERTIFICATION_STATUSES.length);
  });
});
