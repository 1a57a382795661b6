import { MAX_NAME_LENGTH } from './limits';

/**
 * Small runtime checks for values that crossed the IPC boundary. Each returns null when the value
 * is acceptable, or a short English description of what is wrong (for the invalid-argument message).
 */

/** True when the value is a plain object (not null, not an array, not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Null when `value` is a plain object with exactly these keys; else what is wrong. */
export function exactKeysProblem(value: unknown, keys: readonly string[], where: string): string | null {
  if (!isPlainObject(value)) return `${where} must be an object`;
  const present = Object.keys(value);
  const unknownKey = present.find((key) => !keys.includes(key));
  if (unknownKey !== undefined) return `${where} has an unknown key "${unknownKey.slice(0, 40)}"`;
  const missing = keys.find((key) => !Object.prototype.hasOwnProperty.call(value, key));
  return missing === undefined ? null : `${where}.${missing} is missing`;
}

/** True when the value is a Uint8Array (or a Buffer, its subclass), also from another realm; other typed arrays are not. */
export function isUint8Array(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** Null when `value` is a Uint8Array of at most `maxBytes` bytes; else what is wrong. */
export function bytesProblem(value: unknown, maxBytes: number, where: string): string | null {
  if (!isUint8Array(value)) return `${where} must be a Uint8Array`;
  return value.byteLength > maxBytes ? `${where} is larger than ${maxBytes} bytes` : null;
}

// C0 controls, DEL, and the path separators of every OS we ship for.
const FORBIDDEN_NAME_CHARACTERS = /[\u0000-\u001f\u007f/\\]/;

/**
 * Null when `value` is a file name (not a path): a non-empty string of at most 255 characters with
 * no path separator or control character that is not "." or ".."; else what is wrong.
 */
export function fileNameProblem(value: unknown, where: string): string | null {
  if (typeof value !== 'string') return `${where} must be a string`;
  if (value.length === 0) return `${where} is empty`;
  if (value.length > MAX_NAME_LENGTH) return `${where} is longer than ${MAX_NAME_LENGTH} characters`;
  if (FORBIDDEN_NAME_CHARACTERS.test(value)) return `${where} contains a path separator or control character`;
  if (value === '.' || value === '..') return `${where} is not a file name`;
  return null;
}

/** Null when `value` is one of `allowed`; else what is wrong. */
export function oneOfProblem(value: unknown, allowed: readonly string[], where: string): string | null {
  return typeof value === 'string' && allowed.includes(value) ? null : `${where} must be one of ${allowed.join(', ')}`;
}
