/** Who is acting in an admin service, and the request id that ties the audit entry to a log line. */
export type AdminActor = { id: string; requestId?: string | null };
