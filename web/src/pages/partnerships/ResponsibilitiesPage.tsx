import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, isAbort, localError } from '../../api/client';
import { listAllMembers, type Membership } from '../../api/members';
import { canManage, currentFromStale, etagOf, type Partnership } from '../../api/partnerships';
import {
  assign,
  createResponsibility,
  deleteResponsibility,
  listResponsibilities,
  unassign,
  updateResponsibility,
  type Responsibility,
} from '../../api/responsibilities';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { PartnershipFrame } from './PartnershipFrame';

/** /partnerships/:id/responsibilities: who does what, as a matrix, and changing it. */
export function ResponsibilitiesPage() {
  return (
    <PartnershipFrame
      title={() => t('resp.title')}
      documentTitle={(partnership) => t('resp.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Responsibilities partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Responsibilities({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const manager = canManage(partnership.my_role);
  const [items, setItems] = useState<Responsibility[] | null>(null);
  const [members, setMembers] = useState<Membership[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setItems(await listResponsibilities(id, signal));
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
    if (manager) {
      listAllMembers(id, 'active', controller.signal).then(setMembers, (caught: unknown) => {
        if (!isAbort(caught) && caught instanceof ApiError) setLoadError(caught);
      });
    }
    return () => controller.abort();
  }, [id, manager, reload]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await reload();
      setMessage(done);
      return true;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      return false;
    }
  }

  return (
    <>
      <p>{t('resp.intro')}</p>
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
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      {items === null && loadError === null && <p role="status">{t('common.loading')}</p>}
      {items !== null && items.length === 0 && <p>{t('resp.none')}</p>}
      {items !== null && items.length > 0 && <Matrix items={items} />}
      {manager && items !== null && (
        <>
          {items.map((item) => (
            <ResponsibilityEditor
              key={item.id}
              partnershipId={id}
              item={item}
              members={members}
              onAct={act}
              onStale={(current) => setItems((last) => last?.map((r) => (r.id === current.id ? current : r)) ?? null)}
            />
          ))}
          <AddResponsibility
            onAdd={(body) => act(() => createResponsibility(id, body), t('resp.added', { title: body.title }))}
          />
        </>
      )}
    </>
  );
}

/** Responsibilities down the side, the members who hold any across the top, notes in the cells. */
function Matrix({ items }: { items: readonly Responsibility[] }) {
  const holders = new Map<number, string>();
  for (const item of items) for (const a of item.assignments) holders.set(a.membership_id, a.display_name);
  const columns = [...holders.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="usa-table cg-table cg-matrix">
        <caption id="matrix-caption">{t('resp.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resp.matrix.responsibility')}</th>
            {columns.length === 0 ? (
              <th scope="col">{t('resp.matrix.assigned')}</th>
            ) : (
              columns.map(([memberId, name]) => (
                <th scope="col" key={memberId}>
                  {name}
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <span className="text-bold">{item.title}</span>
                {item.description !== null && item.description !== '' && (
                  <span className="cg-block cg-table-note">{item.description}</span>
                )}
              </th>
              {columns.length === 0 ? (
                <td>{t('resp.matrix.nobody')}</td>
              ) : (
                columns.map(([memberId]) => {
                  const assignment = item.assignments.find((a) => a.membership_id === memberId);
                  return (
                    <td key={memberId} className="cg-table-note">
                      {assignment === undefined ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="usa-sr-only">{t('resp.matrix.notAssigned')}</span>
                        </>
                      ) : (
                        <>
                          <span className="text-bold">{t('resp.matrix.yes')}</span>
                          {assignment.note !== null && assignment.note !== '' && (
                            <span className="cg-block">{assignment.note}</span>
                          )}
                        </>
                      )}
                    </td>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResponsibilityEditor({
  partnershipId,
  item,
  members,
  onAct,
  onStale,
}: {
  partnershipId: number;
  item: Responsibility;
  members: readonly Membership[];
  onAct: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
  onStale: (current: Responsibility) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description ?? '');
  const [editError, setEditError] = useState<ApiError | null>(null);
  const [memberId, setMemberId] = useState('');
  const [note, setNote] = useState('');
  const [assignError, setAssignError] = useState<ApiError | null>(null);
  const headingId = `resp-${item.id}-heading`;
  const ids = {
    title: `resp-${item.id}-title`,
    description: `resp-${item.id}-description`,
    member: `resp-${item.id}-member`,
    note: `resp-${item.id}-note`,
  };
  const assigned = new Set(item.assignments.map((a) => a.membership_id));
  const choices = members
    .filter((member) => !assigned.has(member.id))
    .map((member) => ({ key: String(member.id), label: member.display_name }));

  async function handleEdit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setEditError(localError([{ field: 'title', message: t('resp.error.title') }]));
      return;
    }
    setEditError(null);
    try {
      await updateResponsibility(
        partnershipId,
        item.id,
        { title: title.trim(), description: description.trim() === '' ? null : description.trim() },
        etagOf(item),
      );
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const current = currentFromStale<Responsibility>(caught);
      if (current !== null) {
        onStale(current);
        setEditError(localError([{ field: 'body', message: t('resp.stale') }]));
      } else {
        setEditError(caught);
      }
      return;
    }
    setEditing(false);
    await onAct(async () => undefined, t('resp.saved', { title: title.trim() }));
  }

  async function handleAssign(event: FormEvent) {
    event.preventDefault();
    if (memberId === '') {
      setAssignError(localError([{ field: 'member', message: t('resp.error.member') }]));
      return;
    }
    setAssignError(null);
    const name = members.find((member) => String(member.id) === memberId)?.display_name ?? '';
    const done = await onAct(
      () => assign(partnershipId, item.id, Number(memberId), note),
      t('resp.assigned', { name, title: item.title }),
    );
    if (done) {
      setMemberId('');
      setNote('');
    }
  }

  return (
    <section className="cg-section cg-card-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{item.title}</h2>
      {item.description !== null && item.description !== '' && <p className="cg-prewrap">{item.description}</p>}
      {editing ? (
        <>
          {editError !== null && (
            <ErrorSummary
              error={editError}
              fields={{
                title: { id: ids.title, label: t('resp.field.title') },
                description: { id: ids.description, label: t('resp.field.description') },
              }}
            />
          )}
          <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void handleEdit(e)}>
            <TextField
              id={ids.title}
              label={t('resp.field.title')}
              necessity="required"
              value={title}
              onChange={setTitle}
              error={messagesByField(editError).title}
            />
            <TextAreaField
              id={ids.description}
              label={t('resp.field.description')}
              necessity="optional"
              value={description}
              onChange={setDescription}
              error={messagesByField(editError).description}
            />
            <FormActions
              submitLabel={t('resp.edit.submit')}
              cancel={() => {
                setEditing(false);
                setTitle(item.title);
                setDescription(item.description ?? '');
                setEditError(null);
              }}
            />
          </form>
        </>
      ) : (
        <div className="cg-actions">
          <button
            type="button"
            className="usa-button usa-button--outline cg-small-button"
            aria-label={t('resp.edit.label', { title: item.title })}
            onClick={() => {
              setTitle(item.title);
              setDescription(item.description ?? '');
              setEditing(true);
            }}
          >
            {t('resp.edit.start')}
          </button>
          <ConfirmButton
            label={t('resp.delete.start')}
            accessibleLabel={t('resp.delete.label', { title: item.title })}
            question={t('resp.delete.question', { title: item.title })}
            confirmLabel={t('resp.delete.confirm')}
            cancelLabel={t('form.cancel')}
            danger
            onConfirm={() =>
              void onAct(() => deleteResponsibility(partnershipId, item.id), t('resp.deleted', { title: item.title }))
            }
          />
        </div>
      )}
      <h3>{t('resp.assigned.heading')}</h3>
      {item.assignments.length === 0 ? (
        <p>{t('resp.matrix.nobody')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled cg-assignments">
          {item.assignments.map((assignment) => (
            <li key={assignment.membership_id}>
              <span className="text-bold">{assignment.display_name}</span>
              {assignment.note !== null && assignment.note !== '' && <>: {assignment.note}</>}{' '}
              <ConfirmButton
                label={t('resp.unassign.start')}
                accessibleLabel={t('resp.unassign.label', { name: assignment.display_name, title: item.title })}
                question={t('resp.unassign.question', { name: assignment.display_name, title: item.title })}
                confirmLabel={t('resp.unassign.confirm')}
                cancelLabel={t('form.cancel')}
                onConfirm={() =>
                  void onAct(
                    () => unassign(partnershipId, item.id, assignment.membership_id),
                    t('resp.unassigned', { name: assignment.display_name, title: item.title }),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <>
          {assignError !== null && (
            <ErrorSummary error={assignError} fields={{ member: { id: ids.member, label: t('resp.field.member') } }} />
          )}
          <form
            className="usa-form cg-filters"
            noValidate
            aria-label={t('resp.assign.form', { title: item.title })}
            onSubmit={(e) => void handleAssign(e)}
          >
            <SelectField
              id={ids.member}
              label={t('resp.field.member')}
              value={memberId}
              onChange={setMemberId}
              options={choices}
              emptyOption={t('form.select')}
              error={messagesByField(assignError).member}
            />
            <TextField id={ids.note} label={t('resp.field.note')} necessity="optional" value={note} onChange={setNote} />
            <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
              {t('resp.assign.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function AddResponsibility({ onAdd }: { onAdd: (body: { title: string; description?: string }) => Promise<boolean> }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(localError([{ field: 'title', message: t('resp.error.title') }]));
      return;
    }
    setError(null);
    const body = description.trim() === '' ? { title: title.trim() } : { title: title.trim(), description: description.trim() };
    if (await onAdd(body)) {
      setTitle('');
      setDescription('');
    }
  }

  return (
    <section className="cg-section" aria-labelledby="resp-add-heading">
      <h2 id="resp-add-heading">{t('resp.add.heading')}</h2>
      {error !== null && (
        <ErrorSummary error={error} fields={{ title: { id: 'resp-new-title', label: t('resp.field.title') } }} />
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void handleSubmit(e)}>
        <TextField
          id="resp-new-title"
          label={t('resp.field.title')}
          hint={t('resp.hint.title')}
          necessity="required"
          value={title}
          onChange={setTitle}
          error={messagesByField(error).title}
        />
        <TextAreaField
          id="resp-new-description"
          label={t('resp.field.description')}
          necessity="optional"
          value={description}
          onChange={setDescription}
        />
        <button type="submit" className="usa-button">
          {t('resp.add.submit')}
        </button>
      </form>
    </section>
  );
}
