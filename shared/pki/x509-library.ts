/**
 * Loads @peculiar/x509 ready for signature checks: the Reflect polyfill it needs first, then the
 * platform's WebCrypto as its provider (it finds none by itself in Node, where `self` is undefined).
 * Import `x509` from here rather than from '@peculiar/x509' in diagnostics code that verifies.
 */
import './reflect-polyfill';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(crypto as never);

export { x509 };
