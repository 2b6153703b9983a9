import { checkHandlers } from './worker-host';
import { JobName } from './queue-registry';

describe('checkHandlers', () => {
  const all = Object.values(JobName).map((name) => ({ name, handler: `${name}-handler` }));

  it('accepts exactly one handler per registered job', () => {
    expect(() => checkHandlers(all)).not.toThrow();
  });

  it('refuses a job with no handler', () => {
    expect(() => checkHandlers(all.slice(1))).toThrow(/has no handler/);
  });

  it('refuses a job with two handlers', () => {
    expect(() => checkHandlers([...all, { name: all[0].name, handler: 'Other' }])).toThrow(/has 2 handlers/);
  });

  it('refuses a handler for an unregistered job', () => {
    expect(() => checkHandlers([...all, { name: 'mystery', handler: 'Mystery' }])).toThrow(
      /unregistered job "mystery"/,
    );
  });
});
