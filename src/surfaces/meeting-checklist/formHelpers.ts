import type { RefObject } from 'react';

/**
 * A callback ref for a Fluent control: Fluent's own ref typing infers `never` for some controls
 * with these React types, and a callback ref accepts any element.
 */
export const bindRef =
  <T>(ref: RefObject<T | null>) =>
  (element: T | null) => {
    ref.current = element;
  };

/** Field props for an optional message (exactOptionalPropertyTypes: absent, never undefined). */
export const validation = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };
