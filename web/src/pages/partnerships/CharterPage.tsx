import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, isAbort, type FieldError } from '../../api/client';
import {
  adoptVersion,
  createDraft,
  endorseVersion,
  getCharter,
  getDiff,
  getEndorsements,
  proposeVersion,
  updateDraft,
  type Charter,
  type CharterDiff,
  type CharterText,
  type CharterVersion,
  type Endorsements,
} from '../../api/charter';
import { canManage, currentFromStale, etagOf, type Partnership } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormGroup } from '../../components/FormGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useReferenceList } from '../../hooks/useReferenceList';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { charterStatusLabel, formatDate, linesOf } from './labels';
import { PartnershipFrame } from './PartnershipFrame';

/** /partnerships/:id/charter: the adopted charter, its endorsements, the open draft, versions. */
export function CharterPage() {
  return (
    <PartnershipFrame
      title={() => t('charter.title')}
      documentTitle={(partnership) => t('charter.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <CharterView partnership={partnership} />}
    </PartnershipFrame>
  );
}

function CharterView({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const sectors = useReferenceList('/api/v1/sectors');
  const [charter, setCharter] = useState<Charter | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setCharter(await getCharter(id, signal));
        setLoadError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setLoadError(caught);
      }
    },
    [id],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  /** Runs a change, then shows the charter as it is now and `done`. */
  async function act(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await reload();
      setMessage(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      await reload();
    }
  }

  if (loadError !== null) return <Alert type="error">{loadError.problem.detail}</Alert>;
  if (charter === null) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && (
        <Alert type="error" ref={actionErrorRef}>
          {actionError.problem.detail}
        </Alert>
      )}
      <AdoptedCharter
        partnership={partnership}
        adopted={charter.adopted}
        sectors={sectors.items}
        onEndorse={(version, note) =>
          void act(() => endorseVersion(id, version.number, note), t('charter.endorse.done', { number: version.number }))
        }
      />
      <OpenVersion
        partnership={partnership}
        charter={charter}
        onAct={(action, done) => void act(action, done)}
        onSaved={(done) => {
          void reload();
          setActionError(null);
          setMessage(done);
        }}
      />
      <VersionsTable versions={charter.versions} />
      {charter.versions.length > 1 && <CompareVersions partnershipId={id} versions={charter.versions} />}
    </>
  );
}

function CharterText({ version, headingLevel }: { version: CharterText; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="cg-charter-text">
      <Heading>{t('charter.field.mission')}</Heading>
      <p className="cg-prewrap">{version.mission}</p>
      <Heading>{t('charter.field.vision')}</Heading>
      <p className="cg-prewrap">{version.vision}</p>
      <Heading>{t('charter.field.values')}</Heading>
      {version.values.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <ul className="usa-list">
          {version.values.map((value, index) => (
            <li key={index}>{value}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AdoptedCharter({
  partnership,
  adopted,
  sectors,
  onEndorse,
}: {
  partnership: Partnership;
  adopted: CharterVersion | null;
  sectors: readonly ReferenceItem[];
  onEndorse: (version: CharterVersion, note: string) => void;
}) {
  const [note, setNote] = useState('');
  const mayEndorse =
    partnership.my_role === 'lead' || partnership.my_role === 'coordinator' || partnership.my_role === 'member';
  return (
    <section className="cg-section" aria-labelledby="adopted-heading">
      <h2 id="adopted-heading">{t('charter.adopted.heading')}</h2>
      {adopted === null ? (
        <p>{t('charter.adopted.none')}</p>
      ) : (
        <>
          <p>
            {t('charter.adopted.meta', {
              number: adopted.number,
              date: formatDate(adopted.adopted_at),
              name: adopted.adopted_by_name ?? t('charter.someone'),
            })}
          </p>
          <CharterText version={adopted} headingLevel={3} />
          <h3>{t('charter.endorsements.heading')}</h3>
          <p>{t('charter.endorsedCount', { endorsed: adopted.endorsed, eligible: adopted.eligible })}</p>
          {adopted.my_endorsement_at !== null && (
            <p>
              <strong>{t('charter.endorse.mine', { date: formatDate(adopted.my_endorsement_at) })}</strong>
            </p>
          )}
          {adopted.my_endorsement_at === null && mayEndorse && (
            <form
              className="usa-form usa-form--large"
              onSubmit={(event) => {
                event.preventDefault();
                onEndorse(adopted, note);
              }}
            >
              <p>{t('charter.endorse.explain')}</p>
              <TextAreaField
                id="endorse-note"
                label={t('charter.endorse.note')}
                necessity="optional"
                value={note}
                onChange={setNote}
              />
              <button type="submit" className="usa-button">
                {t('charter.endorse.submit')}
              </button>
            </form>
          )}
          <EndorsementStatus
            key={`${adopted.number}-${adopted.endorsed}`}
            partnershipId={partnership.id}
            number={adopted.number}
            sectors={sectors}
          />
        </>
      )}
    </section>
  );
}

function EndorsementStatus({
  partnershipId,
  number,
  sectors,
}: {
  partnershipId: number;
  number: number;
  sectors: readonly ReferenceItem[];
}) {
  const [endorsements, setEndorsements] = useState<Endorsements | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getEndorsements(partnershipId, number, controller.signal).then(setEndorsements, (caught: unknown) => {
      if (!isAbort(caught) && caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, [partnershipId, number]);

  if (error !== null) return <Alert type="error">{error.problem.detail}</Alert>;
  if (endorsements === null) return <p role="status">{t('common.loading')}</p>;
  const rows = [
    ...endorsements.endorsed.map((row) => ({ ...row, done: true as const })),
    ...endorsements.not_endorsed.map((row) => ({ ...row, done: false as const })),
  ];
  if (rows.length === 0) return null;
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="endorsements-caption" tabIndex={0}>
      <table className="usa-table usa-table--borderless cg-table">
        <caption id="endorsements-caption">{t('charter.endorsements.caption', { number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charter.endorsements.who')}</th>
            <th scope="col">{t('member.field.sector')}</th>
            <th scope="col">{t('charter.endorsements.status')}</th>
            <th scope="col">{t('charter.endorsements.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.membership_id}>
              <th scope="row">{row.display_name}</th>
              <td>{labelFor(sectors, row.sector)}</td>
              <td>
                {row.done
                  ? t('charter.endorsements.endorsedOn', { date: formatDate(row.endorsed_at) })
                  : t('charter.endorsements.notYet')}
              </td>
              <td className="cg-table-note">{row.done && row.note !== null ? row.note : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const editorIds = { mission: 'charter-mission', vision: 'charter-vision', values: 'charter-values' };

function OpenVersion({
  partnership,
  charter,
  onAct,
  onSaved,
}: {
  partnership: Partnership;
  charter: Charter;
  onAct: (action: () => Promise<unknown>, done: string) => void;
  onSaved: (done: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const manager = canManage(partnership.my_role);
  const open = charter.open;
  const id = partnership.id;

  function closeEditor() {
    setEditing(false);
  }

  function cancelEditor() {
    setEditing(false);
    headingRef.current?.focus();
  }

  return (
    <section className="cg-section" aria-labelledby="open-heading">
      <h2 id="open-heading" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('charter.open.heading')}
      </h2>
      {open === null && !editing && (
        <>
          <p>{t('charter.open.none')}</p>
          {manager && (
            <button type="button" className="usa-button" onClick={() => setEditing(true)}>
              {charter.adopted === null ? t('charter.open.startFirst') : t('charter.open.start')}
            </button>
          )}
        </>
      )}
      {open === null && editing && (
        <CharterEditor
          initial={charter.adopted ?? { mission: '', vision: '', values: [] }}
          intro={charter.adopted === null ? t('charter.editor.introFirst') : t('charter.editor.introFrom', { number: charter.adopted.number })}
          submitLabel={t('charter.editor.create')}
          onCancel={cancelEditor}
          save={async (text) => {
            const draft = await createDraft(id, text);
            closeEditor();
            onSaved(t('charter.editor.created', { number: draft.number }));
          }}
        />
      )}
      {open !== null && (
        <>
          <p>
            <span className="usa-tag cg-tag--status">{charterStatusLabel(open.status)}</span>{' '}
            {t('charter.open.meta', {
              number: open.number,
              name: open.created_by_name ?? t('charter.someone'),
              date: formatDate(open.created_at),
            })}
          </p>
          {open.status === 'draft' && manager && editing ? (
            <CharterEditor
              key={open.version}
              initial={open}
              intro={t('charter.editor.introDraft', { number: open.number })}
              submitLabel={t('charter.editor.save')}
              onCancel={cancelEditor}
              save={async (text, etag) => {
                await updateDraft(id, open.number, text, etag ?? etagOf(open));
                closeEditor();
                onSaved(t('charter.editor.saved', { number: open.number }));
              }}
              etag={etagOf(open)}
            />
          ) : (
            <CharterText version={open} headingLevel={3} />
          )}
          {open.status === 'draft' && manager && !editing && (
            <div className="cg-actions">
              <button
                type="button"
                className="usa-button usa-button--outline cg-small-button"
                onClick={() => setEditing(true)}
              >
                {t('charter.open.edit')}
              </button>
              <ConfirmButton
                label={t('charter.propose.start')}
                question={t('charter.propose.question', { number: open.number })}
                confirmLabel={t('charter.propose.confirm')}
                cancelLabel={t('form.cancel')}
                onConfirm={() =>
                  onAct(() => proposeVersion(id, open.number), t('charter.propose.done', { number: open.number }))
                }
              />
            </div>
          )}
          {open.status === 'proposed' && partnership.my_role === 'lead' && (
            <ConfirmButton
              label={t('charter.adopt.start')}
              question={t('charter.adopt.question', { number: open.number })}
              confirmLabel={t('charter.adopt.confirm')}
              cancelLabel={t('form.cancel')}
              onConfirm={() => onAct(() => adoptVersion(id, open.number), t('charter.adopt.done', { number: open.number }))}
            />
          )}
          {open.status === 'proposed' && partnership.my_role !== 'lead' && <p>{t('charter.adopt.waiting')}</p>}
        </>
      )}
    </section>
  );
}

function CharterEditor({
  initial,
  intro,
  submitLabel,
  etag,
  onCancel,
  save,
}: {
  initial: CharterText;
  intro: string;
  submitLabel: string;
  etag?: string;
  onCancel: () => void;
  save: (text: CharterText, etag: string | undefined) => Promise<void>;
}) {
  const [mission, setMission] = useState(initial.mission);
  const [vision, setVision] = useState(initial.vision);
  const [values, setValues] = useState(initial.values.join('\n'));
  const [currentEtag, setCurrentEtag] = useState(etag);
  const [staleNote, setStaleNote] = useState<string | null>(null);
  const form = useFormSubmit();
  const { messages } = form;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fields = {
    mission: { id: editorIds.mission, label: t('charter.field.mission') },
    vision: { id: editorIds.vision, label: t('charter.field.vision') },
    values: { id: editorIds.values, label: t('charter.field.values') },
  };

  useEffect(() => headingRef.current?.focus(), []);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes: FieldError[] = [];
    if (mission.trim() === '') mistakes.push({ field: 'mission', message: t('charter.error.mission') });
    if (vision.trim() === '') mistakes.push({ field: 'vision', message: t('charter.error.vision') });
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    void form.send(
      () => save({ mission: mission.trim(), vision: vision.trim(), values: linesOf(values) }, currentEtag),
      (caught) => {
        const current = currentFromStale<CharterVersion>(caught);
        if (current === null) return caught;
        // Someone else saved the draft first: keep this text, save over theirs on the next try.
        setCurrentEtag(etagOf(current));
        setStaleNote(t('charter.editor.stale', { name: current.created_by_name ?? t('charter.someone') }));
        return null;
      },
    );
  }

  return (
    <div className="cg-editor">
      <h3 className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('charter.editor.heading')}
      </h3>
      <p>{intro}</p>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      {staleNote !== null && <Alert type="warning">{staleNote}</Alert>}
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={editorIds.mission}
          label={t('charter.field.mission')}
          hint={t('charter.hint.mission')}
          necessity="required"
          value={mission}
          onChange={setMission}
          error={messages.mission}
        />
        <TextAreaField
          id={editorIds.vision}
          label={t('charter.field.vision')}
          hint={t('charter.hint.vision')}
          necessity="required"
          value={vision}
          onChange={setVision}
          error={messages.vision}
        />
        <TextAreaField
          id={editorIds.values}
          label={t('charter.field.values')}
          hint={t('charter.hint.values')}
          necessity="optional"
          value={values}
          onChange={setValues}
          error={messages.values}
        />
        <FormActions submitLabel={submitLabel} cancel={onCancel} />
      </form>
    </div>
  );
}

function VersionsTable({ versions }: { versions: readonly CharterVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <section className="cg-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('charter.versions.heading')}</h2>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="versions-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table">
          <caption id="versions-caption">{t('charter.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charter.versions.number')}</th>
              <th scope="col">{t('charter.versions.status')}</th>
              <th scope="col">{t('charter.versions.created')}</th>
              <th scope="col">{t('charter.versions.adopted')}</th>
              <th scope="col">{t('charter.versions.endorsed')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <th scope="row">{t('charter.versions.name', { number: version.number })}</th>
                <td>{charterStatusLabel(version.status)}</td>
                <td>
                  {t('charter.versions.by', {
                    date: formatDate(version.created_at),
                    name: version.created_by_name ?? t('charter.someone'),
                  })}
                </td>
                <td>
                  {version.adopted_at === null
                    ? t('common.none')
                    : t('charter.versions.by', {
                        date: formatDate(version.adopted_at),
                        name: version.adopted_by_name ?? t('charter.someone'),
                      })}
                </td>
                <td>
                  {version.status === 'adopted' || version.status === 'superseded'
                    ? t('charter.versions.endorsedValue', { endorsed: version.endorsed, eligible: version.eligible })
                    : t('common.notApplicable')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CompareVersions({ partnershipId, versions }: { partnershipId: number; versions: readonly CharterVersion[] }) {
  const [params, setParams] = useSearchParams();
  const numbers = versions.map((version) => version.number);
  const newest = numbers[0] ?? 1;
  const older = numbers[1] ?? newest;
  const fromParam = Number(params.get('from'));
  const toParam = Number(params.get('to'));
  const from = numbers.includes(fromParam) ? fromParam : older;
  const to = numbers.includes(toParam) ? toParam : newest;
  const [pickedFrom, setPickedFrom] = useState(String(from));
  const [pickedTo, setPickedTo] = useState(String(to));
  const [diff, setDiff] = useState<CharterDiff | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const compared = params.has('from') || params.has('to');

  useEffect(() => {
    if (!compared || from === to) return;
    const controller = new AbortController();
    setDiff(null);
    setError(null);
    getDiff(partnershipId, from, to, controller.signal).then(setDiff, (caught: unknown) => {
      if (!isAbort(caught) && caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, [partnershipId, from, to, compared]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('from', pickedFrom);
    next.set('to', pickedTo);
    setParams(next, { replace: true, preventScrollReset: true });
  }

  const options = versions.map((version) => (
    <option key={version.number} value={version.number}>
      {t('charter.compare.option', { number: version.number, status: charterStatusLabel(version.status) })}
    </option>
  ));
  return (
    <section className="cg-section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('charter.compare.heading')}</h2>
      <p>{t('charter.compare.explain')}</p>
      <form className="usa-form cg-filters" aria-labelledby="compare-heading" onSubmit={handleSubmit}>
        <FormGroup id="compare-from" label={t('charter.compare.from')}>
          {(control) => (
            <select {...control} className="usa-select" name="from" value={pickedFrom} onChange={(e) => setPickedFrom(e.target.value)}>
              {options}
            </select>
          )}
        </FormGroup>
        <FormGroup id="compare-to" label={t('charter.compare.to')}>
          {(control) => (
            <select {...control} className="usa-select" name="to" value={pickedTo} onChange={(e) => setPickedTo(e.target.value)}>
              {options}
            </select>
          )}
        </FormGroup>
        <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
          {t('charter.compare.submit')}
        </button>
      </form>
      {compared && from === to && <p role="status">{t('charter.compare.same')}</p>}
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {compared && from !== to && diff === null && error === null && <p role="status">{t('common.loading')}</p>}
      {diff !== null && <DiffView diff={diff} />}
    </section>
  );
}

function DiffView({ diff }: { diff: CharterDiff }) {
  const fieldLabel = (field: string) =>
    field === 'mission' ? t('charter.field.mission') : field === 'vision' ? t('charter.field.vision') : t('charter.field.values');
  return (
    <div className="cg-diff" role="region" aria-labelledby="diff-heading">
      <h3 id="diff-heading">
        {t('charter.compare.result', { from: diff.from, to: diff.to })}
      </h3>
      <p className="cg-diff__legend">
        {t('charter.compare.legendStart')} <ins>{t('charter.compare.legendAdded')}</ins>{' '}
        {t('charter.compare.legendMiddle')} <del>{t('charter.compare.legendRemoved')}</del>
        {t('charter.compare.legendEnd')}
      </p>
      {diff.fields.map((field) => {
        const changed = field.pieces.some((piece) => piece.op !== 'equal');
        return (
          <div key={field.field}>
            <h4>{fieldLabel(field.field)}</h4>
            {!changed && <p className="cg-muted">{t('charter.compare.unchanged')}</p>}
            <p className="cg-prewrap cg-diff__text">
              {field.pieces.map((piece, index) => {
                if (piece.op === 'insert') {
                  return (
                    <ins key={index}>
                      <span className="usa-sr-only">{t('charter.compare.srAddedStart')}</span>
                      {piece.text}
                      <span className="usa-sr-only">{t('charter.compare.srAddedEnd')}</span>
                    </ins>
                  );
                }
                if (piece.op === 'delete') {
                  return (
                    <del key={index}>
                      <span className="usa-sr-only">{t('charter.compare.srRemovedStart')}</span>
                      {piece.text}
                      <span className="usa-sr-only">{t('charter.compare.srRemovedEnd')}</span>
                    </del>
                  );
                }
                return <span key={index}>{piece.text}</span>;
              })}
            </p>
          </div>
        );
      })}
    </div>
  );
}
