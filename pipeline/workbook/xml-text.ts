/**
 * Text as an .xlsx file must store it. XML cannot carry a carriage return (a parser reads it as a line feed)
 * or most other control characters (exceljs drops them), so, as Excel does, they are written as _xHHHH_
 * escapes, which Excel, LibreOffice and exceljs decode; a literal _xHHHH_ in the text keeps its meaning by
 * escaping its underscore as _x005F_. A quote starting with a carriage return thus reads back exactly.
 */
export function ooxmlText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
