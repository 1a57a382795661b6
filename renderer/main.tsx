/// <reference path="./vite-env.d.ts" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoCa, demoFile } from 'virtual:demo-file';
import { App } from './app/App';
import { ServicesProvider } from './app/services';
import { chooseHost } from './host/choose-host';
import { languageFromTag } from './i18n/i18n';
import { spawnListWorker } from './workers/spawn-list-worker';
import './styles/app.css';

// The one place that picks the host and starts the worker; everything below gets them from context.
const services = { host: chooseHost(globalThis, { demoFile }), worker: spawnListWorker(), demoCa };
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App initialLang={languageFromTag(navigator.language)} />
    </ServicesProvider>
  </StrictMode>,
);
