import { useCallback, useEffect, useRef, useState } from 'react';
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed, type CalendarFeed, type NewCalendarFeed } from '../../api/calendarFeeds';
import { ApiError, isAbort } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDateTime } from '../../components/formatTime';
import { t } from '../../i18n';

interface CalendarLinksProps {
  /** One partnership's plan; null for the person's own tasks in every partnership. */
  partnershipId: number | null;
  /** The level of the section's heading. */
  headingLevel?: 2 | 3;
}

/**
 * "Subscribe in your calendar": makes a calendar link (its address shown once, with a copy button
 * and how to add it to Outlook, Google Calendar or Apple Calendar) and lists the links that work
 * now, each of which can be turned off.
 */
export function CalendarLinks({ partnershipId, headingLevel = 2 }: CalendarLinksProps) {
  const [feeds, setFeeds] = useState<CalendarFeed[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<NewCalendarFeed | null>(null);
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const createdRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const makeRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const prefix = partnershipId === null ? 'calendar-mine' : `calendar-${partnershipId}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const all = await listCalendarFeeds(signal);
        // My tasks lists every link the person has, so that all can be turned off in one place.
        setFeeds(partnershipId === null ? all : all.filter((feed) => feed.partnership_id === partnershipId));
        setLoadError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setLoadError(caught);
      }
    },
    [partnershipId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    if (created !== null) createdRef.current?.focus();
  }, [created]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  async function make() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setActionError(null);
    setCopied(null);
    try {
      setCreated(await createCalendarFeed(partnershipId));
      await reload();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (created === null) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('copied');
    } catch {
      // No clipboard access (an older browser, or a policy): select the text for Ctrl+C.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied('manual');
    }
  }

  async function turnOff(feed: CalendarFeed) {
    setMessage(null);
    setActionError(null);
    try {
      await revokeCalendarFeed(feed.id);
      if (created?.id === feed.id) setCreated(null);
      await reload();
      setMessage(t('calendar.turnedOff', { date: formatDateTime(feed.created_at) }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    }
  }

  return (
    <section className="cg-section" aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`}>{t('calendar.heading')}</Heading>
      <p>{partnershipId === null ? t('calendar.intro.mine') : t('calendar.intro.plan')}</p>
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && <Alert type="error">{actionError.problem.detail}</Alert>}
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}

      {created === null ? (
        <p>
          <button type="button" className="usa-button usa-button--outline" ref={makeRef} onClick={() => void make()}>
            {t('calendar.make')}
          </button>
        </p>
      ) : (
        <div className="usa-summary-box cg-calendar-new" role="region" aria-labelledby={`${prefix}-new-heading`}>
          <div className="usa-summary-box__body">
            <SubHeading
              id={`${prefix}-new-heading`}
              className="usa-summary-box__heading cg-focus-target"
              ref={createdRef}
              tabIndex={-1}
            >
              {t('calendar.new.heading')}
            </SubHeading>
            <p>{t('calendar.new.once')}</p>
            <label className="usa-label" htmlFor={`${prefix}-url`}>
              {t('calendar.new.label')}
            </label>
            <div className="cg-copy">
              <input
                id={`${prefix}-url`}
                ref={inputRef}
                className="usa-input cg-copy__input"
                type="text"
                readOnly
                value={created.url}
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.target.select()}
              />
              <button type="button" className="usa-button cg-copy__button" onClick={() => void copy()}>
                {t('calendar.new.copy')}
              </button>
            </div>
            <p role="status" className="cg-status">
              {copied === 'copied' ? t('calendar.new.copied') : copied === 'manual' ? t('calendar.new.copyManual') : ''}
            </p>
            <SubHeading className="cg-calendar-new__how">{t('calendar.how.heading')}</SubHeading>
            <ul className="usa-list">
              <li>
                <strong>{t('calendar.how.outlook.app')}</strong> {t('calendar.how.outlook')}
              </li>
              <li>
                <strong>{t('calendar.how.google.app')}</strong> {t('calendar.how.google')}
              </li>
              <li>
                <strong>{t('calendar.how.apple.app')}</strong> {t('calendar.how.apple')}
              </li>
            </ul>
            <p>{t('calendar.how.private')}</p>
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                setCreated(null);
                setCopied(null);
                setTimeout(() => makeRef.current?.focus(), 0);
              }}
            >
              {t('calendar.new.done')}
            </button>
          </div>
        </div>
      )}

      {feeds !== null && feeds.length > 0 && (
        <>
          <SubHeading>{t('calendar.list.heading', { count: feeds.length })}</SubHeading>
          <ul className="usa-list usa-list--unstyled cg-calendar-links">
            {feeds.map((feed) => (
              <li key={feed.id} className="cg-calendar-links__item">
                <span>
                  {partnershipId !== null
                    ? t('calendar.list.item', { date: formatDateTime(feed.created_at) })
                    : feed.partnership_id === null
                      ? t('calendar.list.itemMine', { date: formatDateTime(feed.created_at) })
                      : t('calendar.list.itemPlan', {
                          name: feed.partnership_name ?? String(feed.partnership_id),
                          date: formatDateTime(feed.created_at),
                        })}
                </span>
                <ConfirmButton
                  label={t('calendar.turnOff')}
                  accessibleLabel={
                    feed.partnership_id === null || partnershipId !== null
                      ? t('calendar.turnOff.label', { date: formatDateTime(feed.created_at) })
                      : t('calendar.turnOff.labelPlan', {
                          name: feed.partnership_name ?? String(feed.partnership_id),
                          date: formatDateTime(feed.created_at),
                        })
                  }
                  question={t('calendar.turnOff.question')}
                  confirmLabel={t('calendar.turnOff.confirm')}
                  cancelLabel={t('form.cancel')}
                  danger
                  onConfirm={() => void turnOff(feed)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
