/** Columns aligned by display width, so Chinese labels line up with ASCII ids in a terminal. */
import stringWidth from 'string-width';

/** Rows of cells as lines: left-aligned columns two spaces apart, each line indented. */
export function alignColumns(rows: readonly (readonly string[])[], indent = ''): string[] {
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((cells) => stringWidth(cells[column] ?? ''))),
  );
  return rows.map((cells) =>
    (
      indent +
      cells.map((cell, column) => cell + ' '.repeat(widths[column]! - stringWidth(cell))).join('  ')
    ).trimEnd(),
  );
}
