import { lessonImageUrls } from './save-course-offline';

describe('lessonImageUrls', () => {
  it('finds the same-origin images of a lesson once each, with or without a title', () => {
    const body = [
      '![Chain](/lessons/chain.svg "Chain of custody =720x300")',
      'text ![Again](/lessons/chain.svg) and ![Bag](</lessons/bag.svg>)',
      '![Elsewhere](https://example.org/x.png) ![Protocol-relative](//example.org/y.png) [a link](/lessons/not-an-image)',
    ].join('\n');
    expect(lessonImageUrls(body)).toEqual(['/lessons/chain.svg', '/lessons/bag.svg']);
    expect(lessonImageUrls('no images')).toEqual([]);
  });
});
