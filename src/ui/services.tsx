import { createContext, useContext, type ReactNode } from 'react';
import type { TeamId } from '../domain/ids';
import type { ActivityNotice } from '../domain/teamTools/activity';
import type { HostContext } from '../hosts/HostContext';
import type { CommitmentStore } from '../store/Store';

/** Replaceable in tests and in the browser (Playwright controls the page clock). */
export interface Clock {
  now(): Date;
}

/** What became of one Teams notification Kept sent after a change was saved. */
export interface ActivityOutcome {
  readonly notice: ActivityNotice;
  readonly ok: boolean;
  /** Why it was not sent (a TeamworkError's `code` says what to tell the user). */
  readonly error?: unknown;
}

/** Teams notifications follow saved changes on their own; the UI listens to say what became of them. */
export interface ActivityOutcomes {
  subscribe(listener: (outcome: ActivityOutcome) => void): () => void;
}

/**
 * What every surface receives from the composition root (src/app). Surfaces know these
 * interfaces only — never an adapter, MSAL, teams-js or Office.js.
 */
export interface Services {
  readonly store: CommitmentStore;
  readonly host: HostContext;
  readonly clock: Clock;
  readonly newId: () => string;
  /** The team whose commitments this surface shows and creates. */
  readonly teamId: TeamId;
  /** Where data lives, worded for the status bar ("On this device", "In Contoso team site"). */
  readonly storageDescription: string;
  /** Teams notifications sent after saved changes, where the host sends them (Graph mode, the demo). */
  readonly activity?: ActivityOutcomes;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside <ServicesProvider>');
  return services;
}
