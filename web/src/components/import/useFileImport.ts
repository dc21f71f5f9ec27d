import { useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError, localError } from '../../api/client';
import { importLinesOf, uploadMediaType, type ImportLineError, type Upload } from '../../api/imports';

/** Larger files are refused by the server anyway (--max-body-bytes, 10 MiB by default). */
const MAX_BYTES = 10 * 1024 * 1024;

/** What the last request found: the file passed its check, or its problems line by line. */
export type ImportOutcome<R> =
  | { kind: 'checked'; upload: Upload; result: R }
  | { kind: 'lines'; upload: Upload; lines: ImportLineError[] }
  | null;

interface FileImportOptions<R> {
  /** Sends the file; `dryRun` checks it and writes nothing. */
  send: (upload: Upload, dryRun: boolean) => Promise<R>;
  /** The file was imported; the form is empty again. */
  onImported: (upload: Upload, result: R) => void;
  /** What to say when no file is chosen. */
  noFile: string;
  /** What to say when the file is over 10 MB. */
  tooLarge: string;
  /** Called whenever the person starts again: another file, another check or import. */
  onStart?: () => void;
}

export interface FileImport<R> {
  /** Changes whenever the file input must start empty again. */
  inputKey: number;
  /** A file that could not be sent, or a refusal without a line-by-line report. */
  error: ApiError | null;
  outcome: ImportOutcome<R>;
  busy: boolean;
  /** For the heading of the outcome's report, which takes focus when it appears. */
  reportRef: RefObject<HTMLHeadingElement | null>;
  choose: (file: File | null) => void;
  /** Checks (`dryRun`) or imports the chosen file; once checked, that very text is what is sent. */
  run: (dryRun: boolean) => Promise<void>;
  /** Forgets the file and what was found. */
  reset: () => void;
}

/**
 * A file to import: chosen, checked first with a dry run or imported at once, and what the server
 * found, with a refusal's line-by-line problems kept apart from other errors.
 */
export function useFileImport<R>({ send, onImported, noFile, tooLarge, onStart }: FileImportOptions<R>): FileImport<R> {
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<R>>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome !== null) reportRef.current?.focus();
  }, [outcome]);

  function choose(chosen: File | null) {
    onStart?.();
    setFile(chosen);
    setOutcome(null);
    setError(null);
  }

  function reset() {
    choose(null);
    setInputKey((key) => key + 1);
  }

  function refuse(message: string) {
    setOutcome(null);
    setError(localError([{ field: 'file', message }]));
  }

  async function attempt(upload: Upload, dryRun: boolean) {
    try {
      const result = await send(upload, dryRun);
      if (dryRun) {
        setOutcome({ kind: 'checked', upload, result });
      } else {
        reset();
        onImported(upload, result);
      }
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const lines = importLinesOf(caught);
      if (lines.length > 0) setOutcome({ kind: 'lines', upload, lines });
      else setError(caught);
    }
  }

  async function run(dryRun: boolean) {
    if (busy) return;
    onStart?.();
    const source = outcome?.kind === 'checked' ? outcome.upload : file;
    if (source === null) return refuse(noFile);
    if (source instanceof File && source.size > MAX_BYTES) return refuse(tooLarge);
    setBusy(true);
    setError(null);
    if (dryRun) setOutcome(null);
    try {
      await attempt(source instanceof File ? await readUpload(source) : source, dryRun);
    } finally {
      setBusy(false);
    }
  }

  return { inputKey, error, outcome, busy, reportRef, choose, run, reset };
}

async function readUpload(file: File): Promise<Upload> {
  return { name: file.name, text: await file.text(), mediaType: uploadMediaType(file) };
}
