import { parseImageTitle } from './image-size';

describe('parseImageTitle (lesson image sizes)', () => {
  it('reads a size after a caption, and a size alone', () => {
    expect(parseImageTitle('The exhibit’s journey =720x300')).toEqual({
      title: 'The exhibit’s journey',
      width: 720,
      height: 300,
    });
    expect(parseImageTitle('=640x360')).toEqual({ title: undefined, width: 640, height: 360 });
  });

  it('keeps a title without a size, and ignores sizes of zero or beyond 4000', () => {
    expect(parseImageTitle('Just a caption')).toEqual({ title: 'Just a caption' });
    expect(parseImageTitle(undefined)).toEqual({});
    expect(parseImageTitle('=0x300')).toEqual({ title: '=0x300' });
    expect(parseImageTitle('Huge =4001x300')).toEqual({ title: 'Huge =4001x300' });
    expect(parseImageTitle('Odd =12x')).toEqual({ title: 'Odd =12x' });
  });
});
