import type { ApiError } from './client';

// What the file imports (the plan's, the resource library's) have in common: the file sent as it
// is, and the line-by-line report of a refused one.

/** A file chosen for import, read: its name, its text and the media type to send it as. */
export interface Upload {
  name: string;
  text: string;
  mediaType: 'text/csv' | 'application/json';
}

/** One problem with one line of an imported file (for JSON, one item, counted from 1). */
export interface ImportLineError {
  line: number;
  field: string;
  message: string;
}

/** The media type to send `file` as: JSON when its name or type says so, else CSV. */
export function uploadMediaType(file: File): Upload['mediaType'] {
  return file.name.toLowerCase().endsWith('.json') || file.type === 'application/json' ? 'application/json' : 'text/csv';
}

/**
 * The line-by-line problems of a refused import, or an empty list for other errors. The contract
 * names the column `field`; the server may call it `column`: either is taken.
 */
export function importLinesOf(error: ApiError): ImportLineError[] {
  const lines = error.problem.lines;
  if (!Array.isArray(lines)) return [];
  const found: ImportLineError[] = [];
  for (const line of lines as unknown[]) {
    if (typeof line !== 'object' || line === null) continue;
    const entry = line as Record<string, unknown>;
    if (typeof entry.line !== 'number' || typeof entry.message !== 'string') continue;
    const field = typeof entry.field === 'string' ? entry.field : typeof entry.column === 'string' ? entry.column : '';
    found.push({ line: entry.line, field, message: entry.message });
  }
  return found;
}
