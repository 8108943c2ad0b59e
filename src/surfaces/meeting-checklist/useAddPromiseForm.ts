import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { teamToday } from '../../domain/actions';
import { addBusinessDays, isValidIsoDate } from '../../domain/calendar';
import { formatDate } from '../../domain/format';
import { suggestionFromToday, suggestPromisedDate, type PromiseSuggestion } from '../../domain/suggestion';
import type { Person } from '../../domain/types';
import { useT } from '../../ui/useT';
import { findPerson, others, parsePersonEntry, personLabel } from './meetingPeople';
import { fieldMessage, isFieldErrors, type ActionErrors, type MeetingChecklistState } from './useMeetingChecklist';
import './messages';

/**
 * Business days from today to the internal target of a promise made in a meeting. "I'll get back
 * to you on that" rarely needs less; the owner moves it in "Add plan" when it is a bigger job.
 */
export const MEETING_TARGET_BUSINESS_DAYS = 3;

export type AddField = 'title' | 'customer' | 'owner' | 'promisedDate';

export interface AddPromiseFormState {
  readonly title: string;
  readonly customerText: string;
  readonly ownerEmail: string;
  readonly promisedDate: string;
  readonly suggestion: PromiseSuggestion | undefined;
  /** "Suggested Fri, 27 Nov 2026. 3 business days to do it, plus the team's default buffer of 2 business days." */
  readonly suggestionLine: string | undefined;
  /** Attendees offered as customers, filtered by what was typed. */
  readonly customerOptions: readonly Person[];
  /** Me first, then the other attendees. */
  readonly ownerOptions: readonly Person[];
  readonly errors: Partial<Record<AddField | 'general', string>>;
  readonly busy: boolean;
  /** Read out after a promise was added. */
  readonly announcement: string;
  readonly refs: {
    readonly title: RefObject<HTMLInputElement | null>;
    readonly customer: RefObject<HTMLInputElement | null>;
    /** The Dropdown's button, or its stand-in's field while the Dropdown loads. */
    readonly owner: RefObject<HTMLElement | null>;
    readonly promisedDate: RefObject<HTMLInputElement | null>;
  };
  setTitle(value: string): void;
  setCustomerText(value: string): void;
  pickCustomer(person: Person | undefined): void;
  setOwnerEmail(value: string): void;
  setPromisedDate(value: string): void;
  submit(event?: FormEvent): Promise<void>;
}

export function useAddPromiseForm(checklist: MeetingChecklistState): AddPromiseFormState {
  const { t, fmt, locale } = useT();
  const { people, me, settings, teamHistory, now, meeting } = checklist;

  // The customer is usually whoever asked: the organizer when that is someone else.
  const defaultCustomer = meeting.isOrganizer ? undefined : findPerson(others(people, me), meeting.organizer.email);
  const [title, setTitle] = useState('');
  const [customerText, setCustomerText] = useState(defaultCustomer ? personLabel(defaultCustomer) : '');
  const [ownerEmail, setOwnerEmail] = useState(me.email);
  const [editedDate, setEditedDate] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<AddPromiseFormState['errors']>({});
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const refs = {
    title: useRef<HTMLInputElement>(null),
    customer: useRef<HTMLInputElement>(null),
    owner: useRef<HTMLElement>(null),
    promisedDate: useRef<HTMLInputElement>(null),
  };

  // The settings' value, not the Loadable wrapper (a new object every render): the suggestion
  // scans the team's history and must not run again on every keystroke.
  const settingsValue = settings.state === 'ready' ? settings.value : undefined;
  const today = settingsValue !== undefined ? teamToday(settingsValue, now) : undefined;
  const target =
    settingsValue !== undefined && today !== undefined
      ? addBusinessDays(settingsValue.calendar, today, MEETING_TARGET_BUSINESS_DAYS)
      : undefined;
  const suggestion = useMemo(
    () =>
      settingsValue !== undefined && target !== undefined
        ? suggestPromisedDate(target, teamHistory, settingsValue)
        : undefined,
    [settingsValue, target, teamHistory],
  );
  const promisedDate = editedDate ?? suggestion?.promisedDate ?? '';
  const suggestionLine =
    suggestion === undefined
      ? undefined
      : t('meeting.add.suggested', {
          date: formatDate(suggestion.promisedDate, locale),
          // This form has no target field: the line says what Kept assumed from today, never "Target + …".
          explanation: fmt(suggestionFromToday(suggestion, MEETING_TARGET_BUSINESS_DAYS)),
        });

  // Me last: in a meeting I am rarely my own customer, but a colleague may promise me something.
  const candidates = useMemo(() => [...others(people, me), me], [people, me]);
  const customerOptions = useMemo(() => {
    const typed = customerText.trim().toLowerCase();
    const exact = candidates.some((p) => personLabel(p).toLowerCase() === typed);
    if (typed === '' || exact) return candidates;
    return candidates.filter((p) => p.name.toLowerCase().includes(typed) || p.email.toLowerCase().includes(typed));
  }, [candidates, customerText]);
  const ownerOptions = useMemo(() => [me, ...others(people, me)], [people, me]);

  const focusFirst = (found: AddPromiseFormState['errors']) => {
    const order: AddField[] = ['title', 'customer', 'owner', 'promisedDate'];
    const first = order.find((field) => found[field] !== undefined);
    if (first !== undefined) refs[first].current?.focus();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const customer = parsePersonEntry(customerText, candidates);
    const owner = findPerson(ownerOptions, ownerEmail) ?? me;
    const found: AddPromiseFormState['errors'] = {};
    if (customer === undefined) found.customer = t('meeting.add.customerInvalid');
    if (title.trim() === '') found.title = t('domain.validation.titleRequired');
    if (customer === undefined || target === undefined || Object.keys(found).length > 0) {
      setErrors(found);
      focusFirst(found);
      return;
    }
    // The target never lies after the promise: a date promised sooner than the default target
    // becomes the target too (no buffer, the owner's call).
    const targetDate = isValidIsoDate(promisedDate) && promisedDate < target ? promisedDate : target;
    setBusy(true);
    const result = await checklist.addPromise({ title, customer, owner, targetDate, promisedDate });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setTitle('');
      setCustomerText(defaultCustomer ? personLabel(defaultCustomer) : '');
      setOwnerEmail(me.email);
      setEditedDate(undefined);
      setAnnouncement(
        t('meeting.add.added', {
          title: result.value.title,
          customer: personLabel(result.value.customer),
          date: formatDate(result.value.promisedDate, locale),
        }),
      );
      refs.title.current?.focus();
      return;
    }
    const next = wordErrors(result.error, fmt);
    setErrors(next);
    focusFirst(next);
  };

  return {
    title,
    customerText,
    ownerEmail,
    promisedDate,
    suggestion,
    suggestionLine,
    customerOptions,
    ownerOptions,
    errors,
    busy,
    announcement,
    refs,
    setTitle,
    setCustomerText,
    pickCustomer: (person) => setCustomerText(person ? personLabel(person) : ''),
    setOwnerEmail,
    setPromisedDate: (value) => setEditedDate(value),
    submit,
  };
}

function wordErrors(errors: ActionErrors, fmt: Parameters<typeof fieldMessage>[1]): AddPromiseFormState['errors'] {
  if (!isFieldErrors(errors)) return { general: errors.general };
  const worded: AddPromiseFormState['errors'] = {};
  const title = fieldMessage(errors, fmt, 'title');
  const customer = fieldMessage(errors, fmt, 'customer');
  const owner = fieldMessage(errors, fmt, 'owner');
  // The target follows the promise in this form, so the promise's own message says it best.
  const promised = fieldMessage(errors, fmt, 'promisedDate') ?? fieldMessage(errors, fmt, 'targetDate');
  if (title !== undefined) worded.title = title;
  if (customer !== undefined) worded.customer = customer;
  if (owner !== undefined) worded.owner = owner;
  if (promised !== undefined) worded.promisedDate = promised;
  if (Object.keys(worded).length === 0 && errors.length > 0) {
    worded.general = errors.map((e) => fmt(e.message)).join(' ');
  }
  return worded;
}
