/// <reference types="office-js" />
// Enum values are the strings Office.js uses at run time (the Office global does not exist in node).
// A typed fake of exactly the Office.js surface in officeLike.ts, for tests. It records what the
// host asked Outlook to do (reply forms, new messages, categories) and lets a test select items,
// change the theme and decide which requirement sets the "Outlook" supports.
import type { AsyncGetter, OfficeItemLike, OfficeLike, OfficeMailboxLike } from './officeLike';

const SUCCEEDED = 'succeeded' as unknown as Office.AsyncResultStatus;
const FAILED = 'failed' as unknown as Office.AsyncResultStatus;

export function succeeded<T>(value: T): Office.AsyncResult<T> {
  return {
    status: SUCCEEDED,
    value,
    asyncContext: undefined,
    diagnostics: undefined,
  } as unknown as Office.AsyncResult<T>;
}

export function failed<T>(name: string, message = name): Office.AsyncResult<T> {
  return {
    status: FAILED,
    value: undefined,
    error: { name, message, code: 0 },
    asyncContext: undefined,
    diagnostics: undefined,
  } as unknown as Office.AsyncResult<T>;
}

export const getter = <T>(value: T): AsyncGetter<T> => ({ getAsync: (callback) => callback(succeeded(value)) });

export const address = (displayName: string, emailAddress: string): Office.EmailAddressDetails => ({
  displayName,
  emailAddress,
  appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
  recipientType: 'user' as Office.MailboxEnums.RecipientType,
});

export interface FakeOffice extends OfficeLike {
  readonly context: OfficeLike['context'] & {
    officeTheme: { bodyBackgroundColor: string } | null | undefined;
    readonly roamingSettings: Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;
    readonly mailbox: OfficeMailboxLike & { item: OfficeItemLike | null };
  };
  /** Mailbox requirement sets this "Outlook" supports, e.g. ['1.1', … '1.8']. */
  supported: Set<string>;
  readonly replies: { mode: 'reply' | 'reply-all'; formData: Office.ReplyFormData }[];
  readonly newMessages: Office.MessageForm[];
  readonly masterCategories: Office.CategoryDetails[];
  readonly itemCategories: string[];
  /** Makes masterCategories.addAsync fail with this error name (e.g. 'PermissionDenied'). */
  masterAddError: string | null;
  /** What saveAsync has stored in the "mailbox". */
  readonly savedSettings: Map<string, unknown>;
  /** Makes roamingSettings.saveAsync fail. */
  saveFails: boolean;
  /** Outlook selects another item in a pinned pane. */
  select(item: OfficeItemLike | null): void;
  changeTheme(bodyBackgroundColor: string): void;
}

export function fakeOffice(options: { item?: OfficeItemLike | null; supported?: readonly string[] } = {}): FakeOffice {
  const handlers = new Map<Office.EventType, ((args?: unknown) => void)[]>();
  const replies: FakeOffice['replies'] = [];
  const newMessages: Office.MessageForm[] = [];
  const masterCategories: Office.CategoryDetails[] = [];
  const itemCategories: string[] = [];
  const supported = new Set(options.supported ?? ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8']);

  const mailbox: FakeOffice['context']['mailbox'] = {
    item: null,
    userProfile: { displayName: 'Avery Owner', emailAddress: 'avery@contoso.example' },
    masterCategories: {
      getAsync: (callback) => callback(succeeded([...masterCategories])),
      addAsync: (categories, callback) => {
        if (fake.masterAddError !== null) return callback(failed(fake.masterAddError));
        if (categories.some((c) => masterCategories.some((m) => m.displayName === c.displayName)))
          return callback(failed('DuplicateCategory'));
        masterCategories.push(...categories);
        callback(succeeded(undefined));
      },
    },
    // Office.js turns an EWS id into the REST (URL-safe base64) form by '/'→'-' and '+'→'_'
    // (OfficeDev/office-js outlook-15.04.js, convertToRestId); the prefix keeps fake ids recognisable.
    convertToRestId: (itemId, version) => `rest(${version}):${itemId.replace(/\//g, '-').replace(/\+/g, '_')}`,
    addHandlerAsync: (eventType, handler, callback) => {
      handlers.set(eventType, [...(handlers.get(eventType) ?? []), handler]);
      callback?.(succeeded(undefined));
    },
    displayNewMessageForm: (parameters) => void newMessages.push(parameters),
  };

  /** Gives an item the read-mode methods Outlook attaches to it. */
  const attach = (item: OfficeItemLike | null): OfficeItemLike | null =>
    item === null
      ? null
      : {
          ...item,
          categories: {
            addAsync: (categories, callback) => {
              if (!categories.every((c) => masterCategories.some((m) => m.displayName === c)))
                return callback(failed('InvalidCategory'));
              itemCategories.push(...categories);
              callback(succeeded(undefined));
            },
          },
          ...(typeof item.subject === 'string'
            ? {
                displayReplyForm: (formData: Office.ReplyFormData) => void replies.push({ mode: 'reply', formData }),
                displayReplyAllForm: (formData: Office.ReplyFormData) =>
                  void replies.push({ mode: 'reply-all', formData }),
              }
            : {}),
        };

  const pendingSettings = new Map<string, unknown>();
  const savedSettings = new Map<string, unknown>();
  const fake: FakeOffice = {
    savedSettings,
    saveFails: false,
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      roamingSettings: {
        get: (name: string) => pendingSettings.get(name) ?? savedSettings.get(name),
        set: (name: string, value: unknown) => void pendingSettings.set(name, value),
        saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
          const failed = fake.saveFails;
          if (!failed) for (const [k, v] of pendingSettings) savedSettings.set(k, v);
          callback?.(
            (failed
              ? { status: 'failed', error: { name: 'GenericResponseError', message: 'Saving failed' } }
              : { status: SUCCEEDED, value: undefined }) as unknown as Office.AsyncResult<void>,
          );
        },
      } as unknown as Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>,
      displayLanguage: 'en-GB',
      // Outlook has officeTheme from Mailbox 1.14 only (its type file); below that it is not there.
      officeTheme: supported.has('1.14') ? { bodyBackgroundColor: '#ffffff' } : undefined,
      requirements: { isSetSupported: (name, version) => name === 'Mailbox' && supported.has(version ?? '1.1') },
      mailbox,
    },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged' as unknown as Office.EventType,
      OfficeThemeChanged: 'officeThemeChanged' as unknown as Office.EventType,
    },
    AsyncResultStatus: { Succeeded: SUCCEEDED },
    MailboxEnums: {
      ItemType: {
        Message: 'message' as Office.MailboxEnums.ItemType,
        Appointment: 'appointment' as Office.MailboxEnums.ItemType,
      },
      RestVersion: { v2_0: 'v2.0' as Office.MailboxEnums.RestVersion },
      CategoryColor: { Preset4: 'Preset4' as unknown as Office.MailboxEnums.CategoryColor },
    },
    supported,
    replies,
    newMessages,
    masterCategories,
    itemCategories,
    masterAddError: null,
    select(item) {
      mailbox.item = attach(item);
      for (const handler of handlers.get(fake.EventType.ItemChanged) ?? [])
        handler({ type: fake.EventType.ItemChanged });
    },
    changeTheme(bodyBackgroundColor) {
      fake.context.officeTheme = { bodyBackgroundColor };
      for (const handler of handlers.get(fake.EventType.OfficeThemeChanged) ?? []) handler({});
    },
  };
  mailbox.item = attach(options.item ?? null);
  return fake;
}
