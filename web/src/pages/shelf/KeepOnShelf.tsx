import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { saveToShelf } from '../../api/shelf';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { useActionStatus } from '../meetings/useActionStatus';
import { useMyPartnerships } from '../partnerships/useMyPartnerships';
import { shelfPaths } from './shelfLabels';

interface KeepOnShelfProps {
  resourceId: number;
  /** The reader's partnerships that keep it already. */
  onShelvesOf: readonly number[];
}

const selectId = 'keep-on-shelf-partnership';

/**
 * On a published resource's page, for a signed-in reader: the shelves of their partnerships that
 * hold it (links), and saving it to the shelf of another one they may change (not as an observer).
 * Shows nothing to someone with no partnerships.
 */
export function KeepOnShelf({ resourceId, onShelvesOf }: KeepOnShelfProps) {
  const mine = useMyPartnerships();
  const [shelvedBy, setShelvedBy] = useState<readonly number[]>(onShelvesOf);
  const [chosen, setChosen] = useState('');
  const status = useActionStatus();
  const submit = useFormSubmit(status.clear);

  if (mine.error !== null) return <Alert type="error">{mine.error.problem.detail}</Alert>;
  const partnerships = mine.data ?? [];
  const holding = partnerships.filter((p) => shelvedBy.includes(p.id));
  const open = partnerships.filter((p) => !shelvedBy.includes(p.id) && p.my_role !== null && p.my_role !== 'observer');
  if (holding.length === 0 && open.length === 0) return null;
  const only = open.length === 1 ? open[0] : undefined;
  const value = chosen !== '' ? chosen : only === undefined ? '' : String(only.id);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const partnership = open.find((p) => String(p.id) === value);
    if (partnership === undefined) {
      submit.reject([{ field: 'partnership', message: t('shelf.keep.choose') }]);
      return;
    }
    void submit.send(async () => {
      await saveToShelf(partnership.id, resourceId);
      setShelvedBy((last) => [...last, partnership.id]);
      setChosen('');
      status.succeed(t('shelf.keep.saved', { name: partnership.name }));
    });
  }

  return (
    <section className="cg-section" aria-labelledby="keep-on-shelf-heading">
      <h2 id="keep-on-shelf-heading">{t('shelf.keep.heading')}</h2>
      {status.view}
      {holding.length > 0 && (
        <ul className="usa-list">
          {holding.map((partnership) => (
            <li key={partnership.id}>
              <Link className="usa-link" to={shelfPaths.shelf(partnership.id)}>
                {t('shelf.keep.onShelfOf', { name: partnership.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && (
        <>
          <p>{t('shelf.keep.intro')}</p>
          {submit.error !== null && (
            <ErrorSummary error={submit.error} fields={{ partnership: { id: selectId, label: t('shelf.keep.partnership') } }} />
          )}
          <form className="usa-form cg-keep-on-shelf" noValidate onSubmit={handleSubmit}>
            <SelectField
              id={selectId}
              label={t('shelf.keep.partnership')}
              necessity="required"
              value={value}
              onChange={setChosen}
              options={open.map((p) => ({ key: String(p.id), label: p.name }))}
              emptyOption={t('form.select')}
              error={submit.messages.partnership}
            />
            <button type="submit" className="usa-button">
              {t('shelf.keep.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
