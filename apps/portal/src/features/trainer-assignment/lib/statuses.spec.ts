import { REQUEST_REFRESH_MS, requestRefreshInterval } from './statuses';

describe('requestRefreshInterval', () => {
  it('polls while any shown request is pending, matching or proposed', () => {
    for (const moving of ['pending', 'matching', 'proposed'] as const) {
      expect(requestRefreshInterval(['assigned', moving])).toBe(REQUEST_REFRESH_MS);
    }
  });

  it('does not poll when the queue has nothing left to do', () => {
    expect(requestRefreshInterval(['assigned', 'unfilled', 'cancelled'])).toBe(false);
    expect(requestRefreshInterval([])).toBe(false);
  });
});
