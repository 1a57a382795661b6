/**
 * @peculiar/x509, loaded once and ready to use: the Reflect metadata polyfill its dependency
 * injection needs is installed first, then the platform's WebCrypto becomes its provider (it finds
 * none by itself in Node, where `self` is undefined). Every shared/ module that uses the library
 * imports `x509` from here, never from '@peculiar/x509' directly.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

// shared/ has no DOM types, so the library's `Crypto` parameter is typed loosely here; WebCrypto is what it wants.
x509.cryptoProvider.set(crypto as never);

export { x509 };
