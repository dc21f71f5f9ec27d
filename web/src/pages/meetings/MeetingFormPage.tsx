import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { canRunMeetings, getMeeting, meetingKinds, scheduleMeeting, updateMeeting, type Meeting } from '../../api/meetings';
import { etagOf, type Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { Checkbox, RadioGroup } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { useLoad } from '../plan/useLoad';
import { dayText, isInLastWeek, meetingKindOptions, weekdayOfMonthText, whenText } from './meetingLabels';
import { meetingPaths } from './meetingPaths';
import {
  changesFrom,
  commonZoneOptions,
  ids,
  newValues,
  OTHER_ZONE,
  parse,
  summaryFields,
  valuesOf,
  type RepeatChoice,
  type RepeatEnd,
} from './meetingValues';

/** /partnerships/:id/meetings/new: scheduling a meeting or a series (leads and coordinators). */
export function NewMeetingPage() {
  return (
    <PartnershipFrame
      title={() => t('meetingForm.newTitle')}
      documentTitle={(partnership) => t('meetingForm.newDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }) => (
        <>
          <BackLink to={meetingPaths.list(partnership.id)}>{t('meeting.backToList')}</BackLink>
          {canRunMeetings(partnership.my_role) ? (
            <MeetingForm partnershipId={partnership.id} meeting={undefined} />
          ) : (
            <Alert type="info">{t('meetingForm.notAllowed')}</Alert>
          )}
        </>
      )}
    </PartnershipFrame>
  );
}

/** /partnerships/:id/meetings/:meetingId/edit: changing one meeting (not the rest of its series). */
export function EditMeetingPage() {
  return (
    <PartnershipItemFrame
      param="meetingId"
      title={() => t('meetingForm.editTitle')}
      documentTitle={(partnership) => t('meetingForm.editDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }, meetingId) => <EditMeeting key={meetingId} partnership={partnership} meetingId={meetingId} />}
    </PartnershipItemFrame>
  );
}

function EditMeeting({ partnership, meetingId }: { partnership: Partnership; meetingId: number }) {
  const id = partnership.id;
  const loaded = useLoad((signal) => getMeeting(id, meetingId, signal), `${id}/${meetingId}`);
  const meeting = loaded.data?.data ?? null;
  let body;
  if (!canRunMeetings(partnership.my_role)) body = <Alert type="info">{t('meetingForm.notAllowed')}</Alert>;
  else if (loaded.error !== null) {
    body = <Alert type="error">{loaded.error.status === 404 ? t('meeting.notFound') : loaded.error.problem.detail}</Alert>;
  } else if (meeting === null) body = <p role="status">{t('common.loading')}</p>;
  else body = <MeetingForm partnershipId={id} meeting={{ item: meeting, etag: loaded.data?.etag ?? etagOf(meeting) }} />;
  return (
    <>
      <BackLink to={meetingPaths.meeting(id, meetingId)}>{t('meeting.back')}</BackLink>
      {body}
    </>
  );
}

/** A meeting in one line, for the stale notice. */
function summaryOf(meeting: Meeting): string {
  return t('meetingForm.stale.line', { title: meeting.title, when: whenText(meeting), place: meeting.place ?? t('meeting.noPlace') });
}

/**
 * The schedule form; with `meeting`, the same form changes that meeting (without the repeat
 * section), sending only what changed with If-Match.
 */
function MeetingForm({ partnershipId, meeting }: { partnershipId: number; meeting: { item: Meeting; etag: string } | undefined }) {
  const navigate = useNavigate();
  const scheduling = meeting === undefined;
  const form = useVersionedForm({
    item: meeting?.item,
    etag: meeting?.etag,
    values: meeting === undefined ? newValues() : valuesOf(meeting.item),
    valuesOf,
  });
  const { base, values, messages, set } = form;

  const dateKnown = /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  const repeatOptions: { key: RepeatChoice; label: string }[] = [
    { key: 'none', label: t('meetingForm.repeat.none') },
    { key: 'weekly', label: t('meetingForm.repeat.weekly') },
    { key: 'monthly_weekday', label: t('meetingForm.repeat.monthly') },
  ];
  const endOptions: { key: RepeatEnd; label: string }[] = [
    { key: 'never', label: t('meetingForm.repeat.never') },
    { key: 'until', label: t('meetingForm.repeat.onDate') },
    { key: 'count', label: t('meetingForm.repeat.after') },
  ];
  const lastWeek = dateKnown && isInLastWeek(values.date);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parse(values, scheduling);
    if ('errors' in parsed) {
      form.reject(parsed.errors);
      return;
    }
    void form.send(async () => {
      if (base === undefined) {
        const first = await scheduleMeeting(partnershipId, { ...parsed.fields, recurrence: parsed.recurrence });
        const flash =
          first.scheduled > 1
            ? t('meetingForm.scheduledSeries', { title: first.title, count: first.scheduled, when: whenText(first) })
            : t('meetingForm.scheduled', { title: first.title, when: whenText(first) });
        const state: FlashState = { flash };
        navigate(meetingPaths.list(partnershipId), { state });
        return;
      }
      const before = parse(valuesOf(base), false);
      const changes = 'fields' in before ? changesFrom(parsed.fields, before.fields) : parsed.fields;
      let flash: string;
      if (Object.keys(changes).length === 0) {
        flash = t('meetingForm.unchanged', { title: base.title });
      } else {
        const saved = await updateMeeting(partnershipId, base.id, changes, form.etag);
        flash = t('meetingForm.saved', { title: saved.data.title });
      }
      const state: FlashState = { flash };
      navigate(meetingPaths.meeting(partnershipId, base.id), { state });
    });
  }

  return (
    <>
      <p>{scheduling ? t('meetingForm.intro') : t('meetingForm.editIntro')}</p>
      <VersionedFormAlerts form={form} fields={summaryFields(values)} staleHeading={t('meetingForm.stale.heading')}>
        {(theirs) => <p className="usa-alert__text">{t('meetingForm.stale.theirs', { summary: summaryOf(theirs) })}</p>}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('meeting.field.title')}
          hint={t('meetingForm.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        <SelectField
          id={ids.kind}
          label={t('meeting.field.kind')}
          necessity="required"
          value={values.kind}
          onChange={(kind) => set({ kind: meetingKinds.find((key) => key === kind) ?? '' })}
          options={meetingKindOptions()}
          emptyOption={t('form.select')}
          error={messages.kind}
        />
        <TextAreaField
          id={ids.description}
          label={t('meeting.field.description')}
          hint={t('meetingForm.hint.description')}
          necessity="optional"
          value={values.description}
          onChange={(description) => set({ description })}
          error={messages.description}
        />

        <h2 className="cg-form-heading">{t('meetingForm.when.heading')}</h2>
        <DateField
          id={ids.date}
          label={t('meeting.field.date')}
          necessity="required"
          value={values.date}
          onChange={(date) => set({ date })}
          error={messages.date}
        />
        <TextField
          id={ids.starts}
          label={t('meeting.field.starts')}
          hint={t('meetingForm.hint.time')}
          necessity="required"
          type="time"
          value={values.starts}
          onChange={(starts) => set({ starts })}
          error={messages.starts}
        />
        <TextField
          id={ids.ends}
          label={t('meeting.field.ends')}
          hint={t('meetingForm.hint.time')}
          necessity="required"
          type="time"
          value={values.ends}
          onChange={(ends) => set({ ends })}
          error={messages.ends}
        />
        <Checkbox
          id={ids.laterDay}
          label={t('meetingForm.laterDay')}
          description={t('meetingForm.laterDayHint')}
          checked={values.laterDay}
          onChange={(laterDay) => set({ laterDay })}
        />
        {values.laterDay && (
          <DateField
            id={ids.end_date}
            label={t('meeting.field.endDate')}
            necessity="required"
            min={dateKnown ? values.date : undefined}
            value={values.end_date}
            onChange={(end_date) => set({ end_date })}
            error={messages.end_date}
          />
        )}
        <SelectField
          id={ids.zone}
          label={t('meeting.field.zone')}
          hint={t('meetingForm.hint.zone')}
          necessity="required"
          value={values.zone}
          onChange={(zone) => set({ zone })}
          options={commonZoneOptions()}
          emptyOption={t('form.select')}
          error={values.zone === OTHER_ZONE ? undefined : messages.time_zone}
        />
        {values.zone === OTHER_ZONE && (
          <TextField
            id={ids.otherZone}
            label={t('meetingForm.zone.otherLabel')}
            hint={t('meetingForm.zone.otherHint')}
            necessity="required"
            autoComplete="off"
            value={values.otherZone}
            onChange={(otherZone) => set({ otherZone })}
            error={messages.time_zone}
          />
        )}

        <h2 className="cg-form-heading">{t('meetingForm.where.heading')}</h2>
        <TextField
          id={ids.place}
          label={t('meeting.field.place')}
          hint={t('meetingForm.hint.place')}
          necessity="optional"
          value={values.place}
          onChange={(place) => set({ place })}
          error={messages.place}
        />
        <TextField
          id={ids.online_link}
          label={t('meeting.field.link')}
          hint={t('meetingForm.hint.link')}
          necessity="optional"
          type="url"
          inputMode="url"
          value={values.online_link}
          onChange={(online_link) => set({ online_link })}
          error={messages.online_link}
        />

        <RadioGroup
          id={ids.visibility}
          legend={t('meeting.field.visibility')}
          value={values.visibility}
          onChange={(visibility) => set({ visibility: visibility === 'public' ? 'public' : 'members' })}
          options={[
            { key: 'members', label: t('meeting.visibility.members') },
            { key: 'public', label: t('meeting.visibility.public') },
          ]}
          descriptions={{ members: t('meetingForm.hint.members'), public: t('meetingForm.hint.public') }}
          error={messages.visibility}
        />
        {values.visibility === 'public' && (
          <TextField
            id={ids.capacity}
            label={t('meeting.field.capacity')}
            hint={t('meetingForm.hint.capacity')}
            necessity="optional"
            inputMode="numeric"
            value={values.capacity}
            onChange={(capacity) => set({ capacity })}
            error={messages.capacity}
          />
        )}

        {scheduling && (
          <>
            <h2 className="cg-form-heading">{t('meetingForm.repeat.heading')}</h2>
            <RadioGroup
              id={ids.repeat}
              legend={t('meetingForm.repeat.legend')}
              value={values.repeat}
              onChange={(repeat) => set({ repeat: repeatOptions.find((option) => option.key === repeat)?.key ?? 'none' })}
              options={repeatOptions}
              descriptions={
                dateKnown
                  ? {
                      weekly: t('meetingForm.repeat.weeklyOn', { date: dayText(values.date) }),
                      monthly_weekday: t('meetingForm.repeat.monthlyOn', { weekday: weekdayOfMonthText(values.date, values.lastWeekday) }),
                    }
                  : { monthly_weekday: t('meetingForm.repeat.monthlyHint') }
              }
              error={messages['recurrence.kind'] ?? messages.recurrence}
            />
            {values.repeat !== 'none' && (
              <div className="cg-repeat">
                <TextField
                  id={ids.interval}
                  label={values.repeat === 'weekly' ? t('meetingForm.repeat.intervalWeeks') : t('meetingForm.repeat.intervalMonths')}
                  hint={values.repeat === 'weekly' ? t('meetingForm.repeat.intervalWeeksHint') : t('meetingForm.repeat.intervalMonthsHint')}
                  necessity="required"
                  inputMode="numeric"
                  value={values.interval}
                  onChange={(interval) => set({ interval })}
                  error={messages['recurrence.interval']}
                />
                {values.repeat === 'monthly_weekday' && lastWeek && (
                  <Checkbox
                    id={ids.lastWeekday}
                    label={t('meetingForm.repeat.lastWeekday', { weekday: weekdayOfMonthText(values.date, true) })}
                    description={t('meetingForm.repeat.lastWeekdayHint')}
                    checked={values.lastWeekday}
                    onChange={(lastWeekday) => set({ lastWeekday })}
                  />
                )}
                <RadioGroup
                  id={ids.repeatEnd}
                  legend={t('meetingForm.repeat.ends')}
                  value={values.repeatEnd}
                  onChange={(repeatEnd) => set({ repeatEnd: endOptions.find((option) => option.key === repeatEnd)?.key ?? 'never' })}
                  options={endOptions}
                  descriptions={{ never: t('meetingForm.repeat.neverHint') }}
                />
                {values.repeatEnd === 'until' && (
                  <DateField
                    id={ids.until}
                    label={t('meetingForm.repeat.until')}
                    hint={t('meetingForm.repeat.untilHint')}
                    necessity="required"
                    min={dateKnown ? values.date : undefined}
                    value={values.until}
                    onChange={(until) => set({ until })}
                    error={messages['recurrence.until']}
                  />
                )}
                {values.repeatEnd === 'count' && (
                  <TextField
                    id={ids.count}
                    label={t('meetingForm.repeat.count')}
                    hint={t('meetingForm.repeat.countHint')}
                    necessity="required"
                    inputMode="numeric"
                    value={values.count}
                    onChange={(count) => set({ count })}
                    error={messages['recurrence.count']}
                  />
                )}
              </div>
            )}
          </>
        )}

        <FormActions
          submitLabel={scheduling ? t('meetingForm.submitNew') : t('meetingForm.submitEdit')}
          cancel={base === undefined ? meetingPaths.list(partnershipId) : meetingPaths.meeting(partnershipId, base.id)}
        />
      </form>
    </>
  );
}
