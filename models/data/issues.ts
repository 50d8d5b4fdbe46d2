// Problems found in a sales data file, with where they are, for a clear report instead of a crash.

/** One problem: an error stops the load, a warning is reported and the data used. */
export interface DataIssue {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line of the file (the header is line 1). */
  row?: number;
  /** Column name as written in the file's header. */
  column?: string;
  /** Worksheet the row is on (spreadsheet files). */
  sheet?: string;
}

/** "file.csv:12: column y: message" style line. */
export function formatDataIssue(issue: DataIssue, fileName?: string): string {
  const where = [fileName, issue.sheet !== undefined ? `sheet ${issue.sheet}` : undefined, issue.row !== undefined ? `row ${issue.row}` : undefined, issue.column !== undefined ? `column ${issue.column}` : undefined]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${issue.severity}: ${where ? `${where}: ` : ''}${issue.message}`;
}
