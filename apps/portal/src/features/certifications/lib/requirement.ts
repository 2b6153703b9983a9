export interface Requirement {
  key: 'certification.programmes.requiresAll' | 'certification.programmes.requiresSome';
  required: number;
  total: number;
}

/** "All 3 courses" or "2 of 4 courses": how much of its course set a programme asks for. */
export function requirementLabel(requiredCount: number, courseCount: number): Requirement {
  const total = Math.max(0, courseCount);
  const required = Math.min(Math.max(0, requiredCount), total);
  return {
    key: required >= total ? 'certification.programmes.requiresAll' : 'certification.programmes.requiresSome',
    required,
    total,
  };
}
