import type { ReactNode } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { FormGroup } from '../FormGroup';
import type { FileImport } from './useFileImport';

interface ImportFileFormProps {
  /** The file input's id. */
  id: string;
  /** The heading that names the form. */
  headingId: string;
  label: string;
  hint: string;
  /** The file types offered, as the input's `accept` takes them. */
  accept: string;
  fileImport: FileImport<unknown>;
  /** The buttons: a submit button checks the file. */
  children: ReactNode;
}

/** The file to import, with what is wrong with it (none chosen, too large, refused). */
export function ImportFileForm({ id, headingId, label, hint, accept, fileImport, children }: ImportFileFormProps) {
  const { error } = fileImport;
  return (
    <>
      {error !== null && <ErrorSummary error={error} fields={{ file: { id, label } }} />}
      <form
        className="usa-form usa-form--large"
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          void fileImport.run(true);
        }}
      >
        <FormGroup
          id={id}
          label={label}
          hint={hint}
          error={error?.problem.errors.find((fieldError) => fieldError.field === 'file')?.message}
        >
          {(control) => (
            <input
              {...control}
              key={fileImport.inputKey}
              className="cg-file-input"
              type="file"
              name={id}
              accept={accept}
              onChange={(event) => fileImport.choose(event.target.files?.[0] ?? null)}
            />
          )}
        </FormGroup>
        {children}
      </form>
    </>
  );
}
