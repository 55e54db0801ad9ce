// CSV as RFC 4180 describes it, safe to open in a spreadsheet. Pure.

export type CsvCell = string | number | null | undefined;

// A text cell starting with one of these would run as a formula in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows, CRLF line ends; a UTF-8 byte-order mark so spreadsheets read accents right. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One record of a CSV file and the line a spreadsheet shows it on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  /** A quoted field that never closes: where it opened. */
  unclosedQuoteLine: number | null;
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180, leniently): quoted fields with "" for a quote,
 * commas and line breaks inside quotes, CRLF, LF or CR line ends, a leading byte-order mark,
 * and `;` as the separator when the first line has semicolons and no commas (spreadsheets in
 * some locales). Line numbers count records as a spreadsheet counts rows, so a quoted line
 * break does not shift them; blank records keep their number and are left out. Pure.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLineEnd = text.search(/[\r\n]/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line, fields });
    fields = [];
    field = '';
    fieldStarted = false;
    line++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      // A quote inside an unquoted field is kept as it is, as spreadsheets do.
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { records, unclosedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, unclosedQuoteLine: null };
}
