// One error model for the API: a typed ApiError, mapped to { error: { code, message } } with its status.
// Anything else thrown is logged once and answered as a generic 500 (or 503 when the database is
// unreachable), never with internals.

import { readQuery, type QueryInput } from "../domain/params";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "../runtime/outage";

export type ApiErrorCode = "bad_request" | "not_found" | "unprocessable" | "not_implemented" | "unavailable" | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  not_found: 404,
  unprocessable: 422,
  not_implemented: 501,
  unavailable: 503,
  internal: 500,
};

/** Every code an API error may carry (the front adds "gone": a withdrawn agreement, a retired version). */
export const API_ERROR_CODES = Object.keys(STATUS) as ApiErrorCode[];

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = STATUS[code];
  }
}

export { isDatabaseUnavailable };

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable(error);
    return new ApiError("unavailable", "The catalogue database is unavailable. Try again shortly.");
  }
  console.error("pactdiff api: unexpected error:", error instanceof Error ? error.message.split("\n")[0] : error);
  return new ApiError("internal", "Something went wrong on our side.");
}

/** A URL parameter that cannot be answered, in the API's words: 404 for a version that is not one, else 400. */
export function paramError(failure: { status: 400 | 404; message: string }): ApiError {
  return new ApiError(failure.status === 404 ? "not_found" : "bad_request", failure.message);
}

/**
 * A page beyond the last of a paged answer is a 400 that names the last page, never the last page in silence
 * (nor an empty page): a client that counts pages learns where they end.
 */
export function checkPage(page: number, pages: number): void {
  if (page <= pages) return;
  const range = pages === 1 ? "there is only page 1" : `the pages are 1 to ${pages}`;
  throw new ApiError("bad_request", `page=${page} is beyond the last page: ${range}.`);
}

/** The `format=` of a download among those a route offers (json, the default, first). */
export function formatOf<F extends string>(query: QueryInput, offered: readonly [F, ...F[]]): F {
  const read = readQuery(query, ["format"]);
  if (!read.ok) throw paramError(read.problem);
  const format = read.values.format ?? offered[0];
  const chosen = offered.find((f) => f === format);
  if (!chosen) throw new ApiError("bad_request", `format must be ${offered.join(" or ")}.`);
  return chosen;
}
