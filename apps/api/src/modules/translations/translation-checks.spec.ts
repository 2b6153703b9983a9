import { markdownDifference, placeholderDifference, placeholdersOf } from './translation-checks';

describe('translation checks', () => {
  it('finds i18next, template and printf placeholders, spacing aside', () => {
    expect(placeholdersOf('Hello {{ name }}, ${count} items, %s and %1$d; 100% sure')).toEqual(
      ['${count}', '%1$d', '%s', '{{name}}'].sort(),
    );
  });

  it('reports missing and extra placeholders as multisets', () => {
    expect(placeholderDifference('{{a}} {{a}} %s', '{{a}} %s')).toEqual({ missing: ['{{a}}'], extra: [] });
    expect(placeholderDifference('{{a}}', '{{a}} {{b}}')).toEqual({ missing: [], extra: ['{{b}}'] });
    expect(placeholderDifference('{{a}} ${b}', '${b} {{a}}')).toEqual({ missing: [], extra: [] });
    expect(placeholderDifference('{{name}}', '{{nom}}')).toEqual({ missing: ['{{name}}'], extra: ['{{nom}}'] });
  });

  it('holds a translation to the source’s headings, list items, image paths and link targets', () => {
    const source =
      '# Title\n\n## Part\n\n- one\n- two\n\n![Chain](/img/chain.png "Chain =720x300")\n\nSee [the law](https://example.org/law).';
    const good =
      '# Titre\n\n## Partie\n\n- un\n- deux\n\n![Chaîne](/img/chain.png "Chaîne =720x300")\n\nVoir [la loi](https://example.org/law).';
    expect(markdownDifference(source, good)).toBeUndefined();
    expect(markdownDifference(source, good.replace('## Partie', '### Partie'))).toBe('headings');
    expect(markdownDifference(source, good.replace('- deux\n', ''))).toBe('listItems');
    expect(markdownDifference(source, good.replace('/img/chain.png', '/img/other.png'))).toBe('images');
    expect(markdownDifference(source, good.replace('=720x300', '=100x100'))).toBe('images');
    expect(markdownDifference(source, good.replace('https://example.org/law', 'https://evil.test'))).toBe('links');
  });

  it('ignores lines in fenced code', () => {
    expect(
      markdownDifference('```\n# not a heading\n```\ntext', '```\n# pas un titre\n- x\n```\ntexte'),
    ).toBeUndefined();
  });
});
