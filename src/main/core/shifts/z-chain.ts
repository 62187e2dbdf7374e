import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChainCheck, ChainProblem, ShiftReport } from '../../../shared/ipc/shifts.ts';
import type { ZRow } from './shift-store.ts';

/** The previous hash of each till's Z number 1. */
export const genesisHash = '0'.repeat(64);

/**
 * RFC 8785 (JSON Canonicalization Scheme): the same report always serialises to the same bytes, whatever the
 * order its keys were built in, so a hash computed today is recomputed identically by any later version.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('A Z report must be serialisable as JSON.');
  return text;
}

/**
 * The formats of a Z row, each verified by its own rules for as long as the till keeps its rows (a fiscal record
 * is never rewritten into a newer form):
 * - 1 (until migration 35): the report without tax names; the hash covers till, number, shift, time, previous
 *   hash and body.
 * - 2: each tax row also carries the store's name for its rate as it was at the close (`name`, null for a rate
 *   the store has no name for), and the hash covers the format number too, so a row cannot be passed off as
 *   another format.
 */
export const zFormats = [1, 2] as const;
/** The format new Z rows are written in. */
export const zFormat = 2;

/** The hash a Z row carries: over everything in the row except the hash itself, as its format says. */
export function zHash(row: Omit<ZRow, 'hash'>): string {
  const fields = {
    tillId: row.till_id,
    number: row.number,
    shiftId: row.shift_id,
    createdAt: row.created_at,
    prevHash: row.prev_hash,
    body: row.body,
  };
  const content = canonicalJson(row.format === 1 ? fields : { format: row.format, ...fields });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** A new Z row chained to the till's last one. */
export function chainZ(
  previous: ZRow | null,
  z: { tillId: string; shiftId: string; createdAt: number; report: ShiftReport },
): ZRow {
  const row = {
    till_id: z.tillId,
    number: (previous?.number ?? 0) + 1,
    shift_id: z.shiftId,
    created_at: z.createdAt,
    body: canonicalJson(z.report),
    prev_hash: previous?.hash ?? genesisHash,
    format: zFormat,
  };
  return { ...row, hash: zHash(row) };
}

/**
 * Walks every till's Z reports in number order: the numbers run 1, 2, 3… without a gap, each row's hash matches
 * its content, and each row names the hash of the one before. Any change to a stored Z — even one that
 * recomputed the row's own hash — breaks the link from the next one. Rows come in ordered by till and number.
 */
export function verifyZChain(rows: Iterable<ZRow>): ChainCheck {
  const problems: ChainCheck['problems'] = [];
  let checked = 0;
  let till: string | null = null;
  let previous: ZRow | null = null;
  for (const row of rows) {
    checked += 1;
    if (row.till_id !== till) {
      till = row.till_id;
      previous = null;
    }
    const problem = (kind: ChainProblem['kind'], number: number, last?: number, format?: number) =>
      problems.push({
        tillId: row.till_id,
        kind,
        number,
        ...(last === undefined ? {} : { last }),
        ...(format === undefined ? {} : { format }),
      });
    const expectedNumber = (previous?.number ?? 0) + 1;
    if (row.number !== expectedNumber)
      problem('missing', expectedNumber, row.number > expectedNumber + 1 ? row.number - 1 : undefined);
    if (row.prev_hash !== (previous?.hash ?? genesisHash) && row.number === expectedNumber)
      problem('unlinked', row.number);
    if (!(zFormats as readonly number[]).includes(row.format))
      problem('unknownFormat', row.number, undefined, row.format);
    else if (zHash(row) !== row.hash) problem('changed', row.number);
    previous = row;
  }
  return { intact: problems.length === 0, checked, problems };
}

/** The report a Z row holds. */
export const zReportOf = (row: ZRow): ShiftReport => JSON.parse(row.body) as ShiftReport;
