import { useState } from 'react';
import { currentFromStale, etagOf } from '../api/partnerships';
import { t } from '../i18n';
import { useFormSubmit, type FormSubmit } from './useFormSubmit';

interface VersionedFormOptions<T extends { version: number } | undefined, V> {
  /** The stored version the form changes; undefined when the form adds a new one. */
  item: T;
  /** The ETag `item` came with; the one its version gives unless said. */
  etag?: string | undefined;
  /** What the inputs hold at first. */
  values: V;
  /** What the inputs hold for a stored version; merging edits into someone else's version uses it. */
  valuesOf: (item: NonNullable<T>) => V;
  /** Fills in what the stored copy in a 412 answer leaves out, from the version being changed. */
  completeStale?: ((current: NonNullable<T>, base: T) => NonNullable<T>) | undefined;
}

interface VersionedForm<T, V> extends Omit<FormSubmit, 'send'> {
  /** The version being changed: the one loaded, or after a rebase the one someone else saved. */
  base: T;
  /** The ETag of `base`, for If-Match. */
  etag: string;
  values: V;
  set: (changes: Partial<V>) => void;
  /** The version someone else saved first (a 412 answer), until the person chooses what to do. */
  stale: NonNullable<T> | null;
  /** What the last rebase did, to say so. */
  notice: string | null;
  /** Runs `save`: a 412 answer shows the stored version, any other failure its problem. */
  send: (save: () => Promise<void>) => Promise<void>;
  /** Moves onto the stored version, with the person's own edits on top of it or without them. */
  rebase: (keepMine: boolean) => void;
}

/** The values that differ from `original`; lists of keys compare by their items. */
function editsTo<V extends object>(values: V, original: V): Partial<V> {
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => String(value) !== String(original[key as keyof V])),
  ) as Partial<V>;
}

/**
 * The state of a form that adds a record or changes a stored version of one with If-Match, kept in
 * one place because every such form handles it alike: the values, sending them (useFormSubmit),
 * and when someone else saved first (412 with `current`), their version with the choice to apply
 * this person's edits on top of it or to start again from it.
 */
export function useVersionedForm<T extends { version: number } | undefined, V extends object>({
  item,
  etag,
  values: initialValues,
  valuesOf,
  completeStale,
}: VersionedFormOptions<T, V>): VersionedForm<T, V> {
  const [base, setBase] = useState(item);
  const [currentEtag, setCurrentEtag] = useState(etag ?? (item === undefined ? '' : etagOf(item)));
  const [values, setValues] = useState(initialValues);
  const [stale, setStale] = useState<NonNullable<T> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = useFormSubmit(() => setNotice(null));

  return {
    ...submit,
    base,
    etag: currentEtag,
    values,
    set: (changes) => setValues((last) => ({ ...last, ...changes })),
    stale,
    notice,
    send: (save) =>
      submit.send(save, (caught) => {
        const current = currentFromStale<NonNullable<T>>(caught);
        if (current === null) return caught;
        setStale(completeStale === undefined ? current : completeStale(current, base));
        return null;
      }),
    rebase(keepMine) {
      if (stale === null || base === undefined) return;
      const theirs = valuesOf(stale);
      // Only what this person changed goes over their version.
      setValues(keepMine ? { ...theirs, ...editsTo(values, valuesOf(base as NonNullable<T>)) } : theirs);
      setBase(stale);
      setCurrentEtag(etagOf(stale));
      setStale(null);
      setNotice(keepMine ? t('stale.appliedMine') : t('stale.usedTheirs'));
    },
  };
}
