import { requirementLabel } from './requirement';

describe('requirementLabel', () => {
  it('says "all" when every course is required', () => {
    expect(requirementLabel(3, 3)).toEqual({ key: 'certification.programmes.requiresAll', required: 3, total: 3 });
    expect(requirementLabel(1, 1).key).toBe('certification.programmes.requiresAll');
  });

  it('says how many of the set when fewer are required', () => {
    expect(requirementLabel(2, 4)).toEqual({ key: 'certification.programmes.requiresSome', required: 2, total: 4 });
  });

  it('never asks for more courses than the set has', () => {
    expect(requirementLabel(5, 3)).toEqual({ key: 'certification.programmes.requiresAll', required: 3, total: 3 });
  });
});
