import { CSV_BOM, csvCell, csvLines } from './csv';

describe('csv', () => {
  it('quotes separators, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Kyiv')).toBe('Kyiv');
    expect(csvCell('Cyber Police, Kyiv')).toBe('"Cyber Police, Kyiv"');
    expect(csvCell('the "Cyber" unit')).toBe('"the ""Cyber"" unit"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers, booleans and nulls as spreadsheets expect', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('keeps a cell from being run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
  });

  it('starts with a byte-order mark and ends every line with CRLF, names in any script intact', () => {
    const lines = [
      ...csvLines(
        [{ header: 'name', value: (r: { name: string }) => r.name }],
        [{ name: 'Київ' }, { name: '北京' }, { name: 'São Paulo' }],
      ),
    ];
    expect(lines).toEqual([`${CSV_BOM}name\r\n`, 'Київ\r\n', '北京\r\n', 'São Paulo\r\n']);
  });
});
