export type EdgeRefusal = { status: number; headers: Record<string, string>; body: string };
export function apiEdgeRefusal(method: string, rawUrl: string): EdgeRefusal | null;
