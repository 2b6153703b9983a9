import { flattenFields, unflattenFields } from './string-fields';
import { sourceDiff } from './source-diff';

describe('source diff', () => {
  it('marks the words added and removed since the translation was made', () => {
    expect(sourceDiff('Seize the phone', 'Seize and isolate the phone')).toEqual([
      { kind: 'same', text: 'Seize ' },
      { kind: 'added', text: 'and isolate ' },
      { kind: 'same', text: 'the phone' },
    ]);
    expect(sourceDiff('Photograph the screen', 'Photograph the device').filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'screen' },
      { kind: 'added', text: 'device' },
    ]);
  });
});

describe('string fields', () => {
  it('puts an entity’s fields in reading order, title before body', () => {
    expect(flattenFields({ body: 'Text', title: 'Title' }, 'lesson').map((f) => f.key)).toEqual(['title', 'body']);
  });

  it('flattens a question’s options in order and rebuilds the API shape', () => {
    const source = { prompt: 'Which?', options: { a: 'One', b: 'Two' } };
    expect(flattenFields(source).map((f) => f.key)).toEqual(['prompt', 'options.a', 'options.b']);
    expect(unflattenFields(source, { prompt: 'Яке?', 'options.a': 'Один', 'options.b': 'Два' })).toEqual({
      prompt: 'Яке?',
      options: { a: 'Один', b: 'Два' },
    });
  });
});
