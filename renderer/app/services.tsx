import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../host/host';
import type { ListWorkerClient } from '../workers/list-worker-client';

/** What the app talks to: its host (files, saving, language) and the list worker. */
export interface Services {
  readonly host: Host;
  readonly worker: ListWorkerClient;
  /** The demo list's own throw-away CA (demo/demo-ca.pem, inlined by the build), loaded with the demo as a user's CA file would be. */
  readonly demoCa?: { readonly name: string; readonly base64: string } | null;
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
