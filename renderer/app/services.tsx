import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../host/host';
import type { ListWorkerClient } from '../workers/list-worker-client';

/** What the app talks to: its host (files, saving, language) and the list worker. */
export interface Services {
  readonly host: Host;
  readonly worker: ListWorkerClient;
}

const ServicesContext = createContext<Services | null>(null);

/** Provides the host and the worker to the tree. */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The app's host and worker; throws outside ServicesProvider (a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
