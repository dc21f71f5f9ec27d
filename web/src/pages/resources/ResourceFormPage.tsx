import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isId, type Partnership } from '../../api/partnerships';
import type { ReferenceItem } from '../../api/reference';
import { getResource, shareResource, updateResource, type Resource } from '../../api/resources';
import { useIsAdmin } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { CheckboxGroup, choiceId, RadioGroup } from '../../components/ChoiceGroup';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useReferenceList } from '../../hooks/useReferenceList';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { useMyPartnerships } from '../partnerships/useMyPartnerships';
import { useLoad } from '../plan/useLoad';
import { changesFrom, parse, valuesOf } from './resourceFormValues';
import { evidenceExplanation, evidenceOptions, libraryPaths, typeOptions } from './resourceLabels';

/** /resources/new: sharing a resource on behalf of a partnership (site admins may leave it out). */
export function ShareResourcePage() {
  const isAdmin = useIsAdmin();
  const partnerships = useMyPartnerships();
  const sharing = (partnerships.data ?? []).filter((p) => p.my_role !== null && p.my_role !== 'observer');

  let body;
  if (partnerships.error !== null) body = <Alert type="error">{partnerships.error.problem.detail}</Alert>;
  else if (partnerships.data === null) body = <p role="status">{t('common.loading')}</p>;
  else if (sharing.length === 0 && !isAdmin) body = <Alert type="info">{t('library.form.noPartnership')}</Alert>;
  else body = <ResourceForm resource={undefined} partnerships={sharing} isAdmin={isAdmin} />;
  return (
    <>
      <BackLink to={libraryPaths.search()}>{t('library.title')}</BackLink>
      <PageHeading title={t('library.form.shareTitle')} />
      {body}
    </>
  );
}

/** /resources/:id/edit: changing a resource, for whoever may (If-Match; a stale save shows theirs). */
export function EditLibraryResourcePage() {
  const { id } = useParams();
  const loaded = useLoad(async (signal) => (isId(id) ? (await getResource(Number(id), signal)).data : null), String(id));
  const resource = loaded.data;

  let body;
  if (!isId(id) || loaded.error?.status === 404) body = <Alert type="error">{t('library.resource.notFoundBody')}</Alert>;
  else if (loaded.error !== null) body = <Alert type="error">{loaded.error.problem.detail}</Alert>;
  else if (resource === null) body = <p role="status">{t('common.loading')}</p>;
  else if (resource.can_edit !== true) body = <Alert type="info">{t('library.form.notAllowed')}</Alert>;
  else body = <ResourceForm resource={resource} partnerships={[]} isAdmin={false} />;
  return (
    <>
      <BackLink to={isId(id) ? libraryPaths.resource(Number(id)) : libraryPaths.search()}>
        {resource?.title ?? t('library.title')}
      </BackLink>
      <PageHeading
        title={t('library.form.editTitle')}
        {...(resource === null ? {} : { documentTitle: t('library.form.editDocumentTitle', { title: resource.title }) })}
      />
      {body}
    </>
  );
}

const ids = {
  title: 'resource-title',
  type: 'resource-type',
  summary: 'resource-summary',
  link: 'resource-link',
  publisher: 'resource-publisher',
  authors: 'resource-authors',
  audience: 'resource-audience',
  year: 'resource-year',
  evidence: 'resource-evidence',
  topics: 'resource-topics',
  partnership_id: 'resource-partnership',
  visibility: 'resource-visibility',
};

interface ResourceFormProps {
  /** Undefined when sharing a new one. */
  resource: Resource | undefined;
  /** Where the person may share from (sharing only). */
  partnerships: readonly Partnership[];
  isAdmin: boolean;
}

function ResourceForm({ resource, partnerships, isAdmin }: ResourceFormProps) {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const topics = useReferenceList('/api/v1/resource-topics');
  const listError = sectors.error ?? topics.error;
  const only = partnerships.length === 1 && !isAdmin ? partnerships[0] : undefined;
  const form = useVersionedForm({
    item: resource,
    values: { ...valuesOf(resource), ...(only === undefined ? {} : { partnership_id: String(only.id) }) },
    valuesOf,
  });
  const { base, values, messages, set } = form;
  const sharing = base === undefined;
  const partnershipOptions: ReferenceItem[] = partnerships.map((p) => ({ key: String(p.id), label: p.name }));
  const firstKey = (items: readonly ReferenceItem[]) => items[0]?.key ?? '';

  const fields = {
    title: { id: ids.title, label: t('library.field.title') },
    type: { id: ids.type, label: t('library.field.type') },
    summary: { id: ids.summary, label: t('library.field.summary') },
    link: { id: ids.link, label: t('library.field.link') },
    publisher: { id: ids.publisher, label: t('library.field.publisher') },
    authors: { id: ids.authors, label: t('library.field.authors') },
    audience: { id: choiceId(ids.audience, firstKey(sectors.items)), label: t('library.field.audience') },
    year: { id: ids.year, label: t('library.field.year') },
    evidence: { id: choiceId(ids.evidence, 'effective'), label: t('library.field.evidence') },
    topics: { id: choiceId(ids.topics, firstKey(topics.items)), label: t('library.field.topics') },
    partnership_id: { id: ids.partnership_id, label: t('library.field.partnership') },
    visibility: { id: choiceId(ids.visibility, 'public'), label: t('library.field.visibility') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parse(values);
    if ('errors' in parsed) {
      form.reject(parsed.errors);
      return;
    }
    void form.send(async () => {
      let saved: Resource;
      if (base === undefined) {
        const partnershipId = values.partnership_id === '' ? {} : { partnership_id: Number(values.partnership_id) };
        saved = (await shareResource({ ...parsed.fields, ...partnershipId, visibility: values.visibility })).data;
      } else {
        const changes = changesFrom(parsed.fields, base);
        saved = Object.keys(changes).length === 0 ? base : (await updateResource(base.id, changes, form.etag)).data;
      }
      const state: FlashState = { flash: savedMessage(saved, sharing) };
      navigate(libraryPaths.resource(saved.id), { state });
    });
  }

  return (
    <>
      <p>{sharing ? t('library.form.shareIntro') : t('library.form.editIntro')}</p>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('library.form.staleHeading')}>
        {(theirs) => <p className="usa-alert__text">{t('library.form.staleSummary', { title: theirs.title })}</p>}
      </VersionedFormAlerts>
      {listError !== null && <Alert type="error">{listError.problem.detail}</Alert>}
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('library.field.title')}
          hint={t('library.form.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        <SelectField
          id={ids.type}
          label={t('library.field.type')}
          necessity="required"
          value={values.type}
          onChange={(type) => set({ type })}
          options={typeOptions()}
          emptyOption={t('form.select')}
          error={messages.type}
        />
        <TextAreaField
          id={ids.summary}
          label={t('library.field.summary')}
          hint={t('library.form.hint.summary')}
          necessity="required"
          value={values.summary}
          onChange={(summary) => set({ summary })}
          error={messages.summary}
        />
        <TextField
          id={ids.link}
          type="url"
          label={t('library.field.link')}
          hint={t('library.form.hint.link')}
          necessity="optional"
          value={values.link}
          onChange={(link) => set({ link })}
          error={messages.link}
        />
        <TextField
          id={ids.publisher}
          label={t('library.field.publisher')}
          hint={t('library.form.hint.publisher')}
          necessity="optional"
          value={values.publisher}
          onChange={(publisher) => set({ publisher })}
          error={messages.publisher}
        />
        <TextAreaField
          id={ids.authors}
          label={t('library.field.authors')}
          hint={t('library.form.hint.authors')}
          necessity="optional"
          value={values.authors}
          onChange={(authors) => set({ authors })}
          error={messages.authors}
        />
        <TextField
          id={ids.year}
          label={t('library.field.year')}
          hint={t('library.form.hint.year')}
          necessity="optional"
          inputMode="numeric"
          value={values.year}
          onChange={(year) => set({ year })}
          error={messages.year}
        />
        <CheckboxGroup
          id={ids.audience}
          legend={t('library.field.audience')}
          hint={t('library.form.hint.audience')}
          optional
          options={sectors.items}
          values={values.audience}
          onChange={(audience) => set({ audience })}
          error={messages.audience}
        />
        <CheckboxGroup
          id={ids.topics}
          legend={t('library.field.topics')}
          hint={t('library.form.hint.topics')}
          optional
          options={topics.items}
          values={values.topics}
          onChange={(chosen) => set({ topics: chosen })}
          error={messages.topics}
        />
        <RadioGroup
          id={ids.evidence}
          legend={t('library.field.evidence')}
          hint={t('library.form.hint.evidence')}
          options={evidenceOptions()}
          descriptions={Object.fromEntries(evidenceOptions().map((option) => [option.key, evidenceExplanation(option.key)]))}
          value={values.evidence}
          onChange={(evidence) => set({ evidence })}
          error={messages.evidence}
        />
        {sharing ? (
          <>
            <SelectField
              id={ids.partnership_id}
              label={t('library.field.partnership')}
              hint={isAdmin ? t('library.form.hint.partnershipAdmin') : t('library.form.hint.partnership')}
              necessity={isAdmin ? 'optional' : 'required'}
              value={values.partnership_id}
              onChange={(partnership_id) => set({ partnership_id })}
              options={partnershipOptions}
              emptyOption={isAdmin ? t('library.form.noPartnershipOption') : t('form.select')}
              error={messages.partnership_id}
            />
            <RadioGroup
              id={ids.visibility}
              legend={t('library.field.visibility')}
              options={[
                { key: 'public', label: t('library.visibility.public') },
                { key: 'partnership', label: t('library.visibility.partnership') },
              ]}
              descriptions={{
                public: t('library.visibility.publicExplain'),
                partnership: t('library.visibility.partnershipExplain'),
              }}
              value={values.visibility}
              onChange={(visibility) => set({ visibility: visibility === 'partnership' ? 'partnership' : 'public' })}
              error={messages.visibility}
            />
          </>
        ) : (
          <p className="cg-muted">{sharedWhere(base)}</p>
        )}
        <FormActions
          submitLabel={sharing ? t('library.form.submitShare') : t('library.form.submitEdit')}
          cancel={base === undefined ? libraryPaths.search() : libraryPaths.resource(base.id)}
        />
      </form>
    </>
  );
}

/** Where a resource being edited was shared, which editing does not change. */
function sharedWhere(resource: Resource): string {
  const visibility = resource.visibility === 'public' ? t('library.visibility.public') : t('library.visibility.partnership');
  return resource.shared_from?.name == null
    ? t('library.form.sharedWhereLibrary', { visibility })
    : t('library.form.sharedWhere', { partnership: resource.shared_from.name, visibility });
}

function savedMessage(saved: Resource, shared: boolean): string {
  if (saved.status === 'published') {
    return shared ? t('library.form.sharedPublished', { title: saved.title }) : t('library.form.saved', { title: saved.title });
  }
  return shared ? t('library.form.sharedWaiting', { title: saved.title }) : t('library.form.savedWaiting', { title: saved.title });
}
