import { describe, expect, it } from 'vitest';
import { createOpenedFilesDelivery } from '../../../../../electron/main/app/deliver-opened-files';
import type { HostError, OpenedFile } from '../../../../../shared/ipc/contract';
import { notFound } from '../../../../../shared/ipc/errors';
import { err, ok } from '../../../../../shared/model/result';

describe('createOpenedFilesDelivery', () => {
  it('sends the files it could read as one event and reports each failure', async () => {
    const sent: OpenedFile[][] = [];
    const errors: HostError[] = [];
    const remembered: string[] = [];
    const deliver = createOpenedFilesDelivery({
      readFile: async (path) => (path.endsWith('gone.tsv') ? err(notFound('gone.tsv')) : ok({ name: path.slice(1), bytes: new Uint8Array(1) })),
      rememberList: async (path) => {
        remembered.push(path);
      },
      send: (files) => sent.push(files),
      showError: (error) => errors.push(error),
    });
    await deliver(['/a.tsv', '/gone.tsv', '/b.tsv']);
    expect(sent.map((files) => files.map((file) => file.name))).toEqual([['a.tsv', 'b.tsv']]);
    expect(errors.map((error) => error.code)).toEqual(['not-found']);
    expect(remembered).toEqual(['/a.tsv', '/b.tsv']);
  });

  it('sends nothing when nothing could be read', async () => {
    const sent: OpenedFile[][] = [];
    const deliver = createOpenedFilesDelivery({
      readFile: async () => err(notFound('x')),
      rememberList: async () => undefined,
      send: (files) => sent.push(files),
      showError: () => undefined,
    });
    await deliver(['/x']);
    expect(sent).toEqual([]);
  });
});
