import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/csv';

describe('CSV cells', () => {
  it.each<[string | number | null | undefined, string]>([
    ['plain', 'plain'],
    [28.1, '28.1'],
    [-3, '-3'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    ['a, b', '"a, b"'],
    ['Literacy, grades 3–11', '"Literacy, grades 3–11"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-negative text', "'-negative text"],
    ['-10 points', "'-10 points"],
    ['@sum', "'@sum"],
    ['Estudiantes de inglés', 'Estudiantes de inglés'],
    ['*', '*'],
  ])('%j is written %s', (cell, text) => {
    expect(csvCell(cell)).toBe(text);
  });
});

describe('CSV files', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [null, 'y, z']])).toBe('\uFEFFa,b\r\n1,x\r\n,"y, z"\r\n');
  });
});
