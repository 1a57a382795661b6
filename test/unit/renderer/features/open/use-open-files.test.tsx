// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppAction } from '../../../../../renderer/app/app-state';
import type { Services } from '../../../../../renderer/app/services';
import { useOpenFiles } from '../../../../../renderer/features/open/use-open-files';
import type { Host } from '../../../../../renderer/host/host';
import { ListWorkerClient } from '../../../../../renderer/workers/list-worker-client';
import { fileTooLarge } from '../../../../../shared/ipc/errors';
import { err } from '../../../../../shared/model/result';
import { fakeWorker } from '../../workers/fake-worker';

/** Open actions over a host whose chooser picks a 300 MB file and then refuses it, as the web host does past the size limit. */
function withRefusingChooser() {
  const actions: AppAction['type'][] = [];
  const host = {
    openListFile: async (onReading?: (file: { name: string; size: number }) => void) => {
      onReading?.({ name: 'huge.tsv', size: 300_000_000 });
      return err(fileTooLarge('huge.tsv', 300_000_000, 200_000_000));
    },
  } as unknown as Host;
  const services: Services = { host, worker: new ListWorkerClient(fakeWorker().port) };
  const notices: string[] = [];
  const { result } = renderHook(() => useOpenFiles(services, (action) => void actions.push(action.type), (message) => void notices.push(message.en)));
  return { result, actions, notices };
}

describe('useOpenFiles', () => {
  it('shows the loading view as soon as a list file is chosen, and goes back with the reason when the file is refused', async () => {
    const { result, actions, notices } = withRefusingChooser();
    await act(() => result.current.openList());
    expect(actions).toEqual(['load-started', 'load-cancelled']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('huge.tsv');
  });
});
