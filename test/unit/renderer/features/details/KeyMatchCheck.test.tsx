// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../../../../shared/ipc/contract';
import { ok } from '../../../../../shared/model/result';
import { ServicesProvider, type Services } from '../../../../../renderer/app/services';
import { CrlCheck } from '../../../../../renderer/features/details/CrlCheck';
import { KeyMatchCheck } from '../../../../../renderer/features/details/KeyMatchCheck';
import type { Host } from '../../../../../renderer/host/host';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';
import type { WorkerRequest, WorkerResponse } from '../../../../../renderer/workers/list-protocol';
import { deskFailureOf } from '../../../../../shared/use-cases/desk-failure';
import { DeskSession } from '../../../../../shared/use-cases/desk-session';
import { ListWorkerClient, type WorkerPort } from '../../../../../renderer/workers/list-worker-client';
import { certificateById, diagFileOf, fixtureDer, readFixture, readManifest } from '../../../../support/manifest';

afterEach(cleanup);

const manifest = readManifest();
const passphraseOf = (file: string): string => diagFileOf(manifest, file).passphrase!;
const fixture = (file: string): OpenedFile => ({ name: file.split('/').at(-1)!, bytes: readFixture(file) });
const leafDer = () => fixtureDer(certificateById(manifest, 'leaf-www-2025'));

/**
 * A worker port that runs the real DeskSession in this thread, passing messages through structuredClone
 * with the transfer list as a Worker would (a transferred buffer is detached on the sending side).
 */
function inProcessWorker(service = new DeskSession()) {
  const listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  const received: WorkerRequest[] = [];
  const port: WorkerPort = {
    postMessage(message, transfer) {
      const copy = structuredClone(message, { transfer });
      received.push(copy);
      const handler = service.handlers[copy.call] as (arg: unknown, report: unknown) => Promise<unknown>;
      void handler(copy.arg, {}).then(
        (value) => listeners.forEach((listener) => listener({ data: { id: copy.id, type: 'result', value } } as MessageEvent<WorkerResponse>)),
        (error: unknown) => listeners.forEach((listener) => listener({ data: { id: copy.id, type: 'failed', failure: deskFailureOf(error) } } as MessageEvent<WorkerResponse>)),
      );
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') listeners.push(listener);
    },
  } as WorkerPort;
  return { client: new ListWorkerClient(port), received };
}

/** A host whose open dialog answers with the given files in turn. */
function hostChoosing(files: OpenedFile[]): Host {
  return { openFiles: async () => ok(files.length ? [files.shift()!] : null), filesFromDrop: async () => ok([]) } as unknown as Host;
}

function renderWith(services: Services, children: React.ReactNode) {
  return render(
    <ServicesProvider services={services}>
      <I18nProvider lang="ja">{children}</I18nProvider>
    </ServicesProvider>,
  );
}

describe('KeyMatchCheck', () => {
  it('shows 一致 for the leaf key and zeroes the bytes it was handed, in the UI and in the worker', async () => {
    const key = fixture('diag/leaf-www-2025.key.pkcs8.pem');
    const { client, received } = inProcessWorker();
    renderWith({ host: hostChoosing([key]), worker: client }, <KeyMatchCheck certificateDer={leafDer()} />);
    fireEvent.click(screen.getByRole('button', { name: '照合する秘密鍵または CSR を選択…' }));
    await waitFor(() => expect(screen.getByTestId('key-verdict').textContent).toBe('一致'));
    expect(screen.getByTestId('key-result').getAttribute('data-code')).toBe('key-match');
    expect(key.bytes.every((byte) => byte === 0)).toBe(true);
    const sent = received.find((request) => request.call === 'matchKey')!.arg as { key: OpenedFile };
    expect(sent.key.bytes.every((byte) => byte === 0)).toBe(true);
    expect(document.body.textContent).not.toContain('PRIVATE KEY');
  });

  it('shows 不一致 with the Apache and nginx messages for an unrelated key', async () => {
    const { client } = inProcessWorker();
    renderWith({ host: hostChoosing([fixture('diag/mismatched.key.pem')]), worker: client }, <KeyMatchCheck certificateDer={leafDer()} />);
    fireEvent.click(screen.getByRole('button', { name: '照合する秘密鍵または CSR を選択…' }));
    await waitFor(() => expect(screen.getByTestId('key-verdict').textContent).toBe('不一致'));
    expect(document.querySelector('.finding--error')?.textContent).toContain('AH02565');
    expect(document.querySelector('.finding--error')?.textContent).toContain('nginx');
  });

  it('asks for the passphrase of an encrypted key, keeps the bytes until then, and zeroes them after the match', async () => {
    const file = 'diag/leaf-www-2025.key.encrypted.pem';
    const key = fixture(file);
    const { client } = inProcessWorker();
    renderWith({ host: hostChoosing([key]), worker: client }, <KeyMatchCheck certificateDer={leafDer()} />);
    fireEvent.click(screen.getByRole('button', { name: '照合する秘密鍵または CSR を選択…' }));
    const field = await screen.findByLabelText('パスフレーズ');
    expect(screen.getByTestId('key-result').getAttribute('data-code')).toBe('key-passphrase-required');
    expect(field.getAttribute('type')).toBe('password');
    expect(field.getAttribute('autocomplete')).toBe('off');
    expect(key.bytes.some((byte) => byte !== 0)).toBe(true);

    fireEvent.change(field, { target: { value: 'wrong passphrase' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('key-result').getAttribute('data-code')).toBe('key-passphrase-wrong'));
    expect(key.bytes.some((byte) => byte !== 0)).toBe(true);

    const again = screen.getByLabelText('パスフレーズ');
    expect((again as HTMLInputElement).value).toBe('');
    fireEvent.change(again, { target: { value: passphraseOf(file) } });
    fireEvent.submit(again.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('key-verdict').textContent).toBe('一致'));
    expect(screen.queryByLabelText('パスフレーズ')).toBeNull();
    expect(key.bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('zeroes the held bytes of an encrypted key when the section unmounts', async () => {
    const key = fixture('diag/leaf-www-2025.key.encrypted.pem');
    const { client } = inProcessWorker();
    const { unmount } = renderWith({ host: hostChoosing([key]), worker: client }, <KeyMatchCheck certificateDer={leafDer()} />);
    fireEvent.click(screen.getByRole('button', { name: '照合する秘密鍵または CSR を選択…' }));
    await screen.findByLabelText('パスフレーズ');
    expect(key.bytes.some((byte) => byte !== 0)).toBe(true);
    unmount();
    expect(key.bytes.every((byte) => byte === 0)).toBe(true);
  });
});

/** How long to wait for a CRL verdict that builds the certificate's chain first (a hang guard, not a timing assertion). */
const CHAIN_CHECK_WAIT_MS = 10_000;

describe('CrlCheck', () => {
  it('shows revoked-by-crl for the listed certificate, then the kept CRL in another certificate\'s section', async () => {
    const service = new DeskSession();
    const revoked = certificateById(manifest, 'leaf-portal-old');
    await service.handlers.addCas({ files: [fixture(certificateById(manifest, revoked.issuerId).pemPath)], now: Date.parse(manifest.referenceTime) }, { progress: () => undefined, rows: () => undefined, roles: () => undefined });
    const { client } = inProcessWorker(service);
    const services = { host: hostChoosing([fixture('diag/ca-g7-rsa.crl')]), worker: client };
    const first = renderWith(services, <CrlCheck certificateDer={fixtureDer(revoked)} />);
    fireEvent.click(screen.getByRole('button', { name: '確認に使う CRL ファイルを選択…' }));
    // The worker now builds the certificate's chain to check every certificate on it; on a loaded machine that
    // first (cold) build can outlast waitFor's default second, so the wait is longer. What is asserted is unchanged.
    await waitFor(() => expect(document.querySelector('[data-code="revoked-by-crl"]')).not.toBeNull(), { timeout: CHAIN_CHECK_WAIT_MS });
    expect(document.querySelector('[data-code="revoked-by-crl"]')!.textContent).toContain(revoked.serialColonHex);
    expect(screen.getByText('使った CRL: ca-g7-rsa.crl')).toBeTruthy();
    first.unmount();

    renderWith(services, <CrlCheck certificateDer={leafDer()} />);
    await waitFor(() => expect(document.querySelector('[data-code="not-revoked-by-crl"]')).not.toBeNull(), { timeout: CHAIN_CHECK_WAIT_MS });
  });

  it('shows the refusal of a CRL signed by the wrong key', async () => {
    const service = new DeskSession();
    await service.handlers.addCas({ files: [fixture('ca/ca-g7-rsa.pem')], now: Date.parse(manifest.referenceTime) }, { progress: () => undefined, rows: () => undefined, roles: () => undefined });
    const { client } = inProcessWorker(service);
    renderWith({ host: hostChoosing([fixture('diag/wrong-key.crl')]), worker: client }, <CrlCheck certificateDer={leafDer()} />);
    fireEvent.click(screen.getByRole('button', { name: '確認に使う CRL ファイルを選択…' }));
    await waitFor(() => expect(document.querySelector('[data-code="crl-signature-invalid"]')).not.toBeNull());
  });
});
