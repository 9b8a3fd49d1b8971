// RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a double quote or a
// line break, and double quotes inside doubled. The reader accepts LF endings too.

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
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
