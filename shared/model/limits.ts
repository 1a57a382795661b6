/**
 * The stated maximum sizes of input files, shared by every front end (Electron host, web page, CLI)
 * so a file is accepted or refused the same way everywhere. A file above its limit is refused from
 * its size alone, before any byte of it is read into memory.
 */

/** Largest serverAll.tsv / clientAll.tsv accepted, in bytes (512 MiB; a 50,000-row list is about 150 MB). */
export const MAX_LIST_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Largest certificate, key, CSR, CRL or chain file accepted, in bytes (16 MiB). Such files are a few
 * kilobytes; a large CRL of a public CA is a few megabytes.
 */
export const MAX_CERTIFICATE_FILE_BYTES = 16 * 1024 * 1024;

/** Largest file a host reads when it cannot yet tell a list from a certificate file, in bytes (the list limit). */
export const MAX_INPUT_FILE_BYTES = MAX_LIST_FILE_BYTES;
