import type { HostArg, HostRequestName, HostResult } from '../../../shared/ipc/contract';
import { forbiddenSender, hostError, invalidArgument } from '../../../shared/ipc/errors';
import { validateHostArg } from '../../../shared/ipc/validators';
import { err } from '../../../shared/model/result';
import { isTrustedSender, type InvokeEventLike, type SenderPolicy } from './sender-check';

/** An IPC handler of one request: takes the raw event and the raw arguments, always resolves to a Result. */
export type HostRequestHandler<K extends HostRequestName> = (event: InvokeEventLike, args: readonly unknown[]) => Promise<HostResult<K>>;

/** The service behind a handler: gets a validated argument, returns a Result (may still throw; the kit catches). */
export type HostRequestService<K extends HostRequestName> = (arg: HostArg<K>) => Promise<HostResult<K>>;

/**
 * Wraps a service in the checks every handler makes, in this order: the sender is our window's main
 * frame on our origin (else forbidden-sender), there is exactly one argument and it passes the
 * contract's validator (else invalid-argument); then runs the service. Never throws: an unexpected
 * exception becomes an 'unavailable' error value, because an exception crossing IPC loses its type.
 */
export function guardedHandler<K extends HostRequestName>(method: K, policy: SenderPolicy, service: HostRequestService<K>): HostRequestHandler<K> {
  return async (event, args) => {
    if (!isTrustedSender(event, policy)) return err(forbiddenSender(method));
    if (args.length !== 1) return err(invalidArgument(method, `expected 1 argument, got ${args.length}`));
    const arg = validateHostArg(method, args[0]);
    if (!arg.ok) return arg;
    try {
      return await service(arg.value);
    } catch {
      return err(hostError('unavailable', `${method} の処理中に予期しないエラーが起きました。`, `An unexpected error occurred in ${method}.`));
    }
  };
}
