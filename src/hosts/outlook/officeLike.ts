/// <reference types="office-js" />
// The exact part of Office.js the Outlook host uses, typed with @types/office-js. Everything goes
// through this interface, so tests pass a typed fake (fakeOffice.ts) and nothing else of Office.js
// can creep in unnoticed. Requirement sets are noted per member (Mailbox API set).
// `@officeType` names the Office.js declarations each interface (or property) stands for: the API
// check (tests/api/publicApis.test.ts) looks every member used up there, and fails on one Office.js
// does not have, one marked @beta, or one above the manifest's Mailbox requirement set that the code
// does not guard with isSetSupported.

/**
 * A mode-dependent property that compose mode exposes as an async getter (appointment organizer).
 * @officeType Office.Organizer Office.Recipients Office.Subject Office.Time
 */
export interface AsyncGetter<T> {
  getAsync(callback: (result: Office.AsyncResult<T>) => void): void;
}

/**
 * `Office.context.mailbox.item`. Office.js types it as the intersection of every mode; at run time
 * it is one mode, so each mode-dependent member is a union of its read and compose shapes.
 * @officeType Office.MessageRead Office.MessageCompose Office.AppointmentRead Office.AppointmentCompose
 */
export interface OfficeItemLike {
  /** Office.MailboxEnums.ItemType: 'message' or 'appointment' (1.1). */
  readonly itemType: Office.MailboxEnums.ItemType | string;
  /** EWS id; undefined for an unsaved compose item (1.1). */
  readonly itemId?: string | null;
  /** Read: string; compose: Office.Subject (1.1). */
  readonly subject: string | AsyncGetter<string>;
  // Message read (1.1).
  readonly from?: Office.EmailAddressDetails;
  readonly to?: readonly Office.EmailAddressDetails[] | AsyncGetter<Office.EmailAddressDetails[]>;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly dateTimeCreated?: Date;
  // Appointment: attendee (read) gives plain values, organizer (compose) async getters.
  /** Read: EmailAddressDetails (1.1); compose: Office.Organizer (1.7). */
  readonly organizer?: Office.EmailAddressDetails | AsyncGetter<Office.EmailAddressDetails>;
  readonly requiredAttendees?: readonly Office.EmailAddressDetails[] | AsyncGetter<Office.EmailAddressDetails[]>;
  readonly optionalAttendees?: readonly Office.EmailAddressDetails[] | AsyncGetter<Office.EmailAddressDetails[]>;
  /** Read: Date; compose: Office.Time (1.1). */
  readonly start?: Date | AsyncGetter<Date>;
  readonly end?: Date | AsyncGetter<Date>;
  /**
   * Office.Categories (1.8).
   * @officeType Office.Categories
   */
  readonly categories?: {
    addAsync(categories: string[], callback: (result: Office.AsyncResult<void>) => void): void;
  };
  /** Compose mode: the id of a saved item being organized (AppointmentCompose, 1.8). */
  getItemIdAsync?(callback: (result: Office.AsyncResult<string>) => void): void;
  /** Read mode (1.1; the object form with htmlBody since 1.2). */
  displayReplyForm?(formData: Office.ReplyFormData): void;
  displayReplyAllForm?(formData: Office.ReplyFormData): void;
}

/** @officeType Office.Mailbox */
export interface OfficeMailboxLike {
  readonly item: OfficeItemLike | null | undefined;
  readonly userProfile: Pick<Office.UserProfile, 'displayName' | 'emailAddress'>;
  /**
   * Office.MasterCategories (1.8, needs the read/write mailbox permission).
   * @officeType Office.MasterCategories
   */
  readonly masterCategories?: {
    getAsync(callback: (result: Office.AsyncResult<Office.CategoryDetails[]>) => void): void;
    addAsync(categories: Office.CategoryDetails[], callback: (result: Office.AsyncResult<void>) => void): void;
  };
  /** 1.3 */
  convertToRestId(itemId: string, restVersion: Office.MailboxEnums.RestVersion): string;
  /** ItemChanged 1.5, OfficeThemeChanged 1.14. */
  addHandlerAsync(
    eventType: Office.EventType,
    handler: (eventArgs?: unknown) => void,
    callback?: (result: Office.AsyncResult<void>) => void,
  ): void;
  /** 1.6 */
  displayNewMessageForm(parameters: Office.MessageForm): void;
}

/** @officeType Office */
export interface OfficeLike {
  onReady(): Promise<unknown>;
  /** @officeType Office.Context */
  readonly context: {
    readonly displayLanguage: string;
    /** Mailbox 1.14, so undefined on older Outlook clients; the colours only (no isDarkTheme or themeId there). */
    readonly officeTheme?: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | null | undefined;
    /** @officeType Office.RequirementSetSupport */
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** Undefined when office.js runs outside Outlook (a plain browser). */
    readonly mailbox?: OfficeMailboxLike;
    /** Per-add-in settings stored in the user's mailbox, so they roam across devices (1.1). */
    readonly roamingSettings?: Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;
  };
  /** @officeType Office.EventType */
  readonly EventType: { readonly ItemChanged: Office.EventType; readonly OfficeThemeChanged: Office.EventType };
  /** @officeType Office.AsyncResultStatus */
  readonly AsyncResultStatus: { readonly Succeeded: Office.AsyncResultStatus };
  /** @officeType Office.MailboxEnums */
  readonly MailboxEnums: {
    /** @officeType Office.MailboxEnums.ItemType */
    readonly ItemType: {
      readonly Message: Office.MailboxEnums.ItemType;
      readonly Appointment: Office.MailboxEnums.ItemType;
    };
    /** @officeType Office.MailboxEnums.RestVersion */
    readonly RestVersion: { readonly v2_0: Office.MailboxEnums.RestVersion };
    /** @officeType Office.MailboxEnums.CategoryColor */
    readonly CategoryColor: { readonly Preset4: Office.MailboxEnums.CategoryColor };
  };
}
