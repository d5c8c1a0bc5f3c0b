export function productionConfigProblems(env: Record<string, string | undefined>): string[];
export function assertProductionConfig(env: Record<string, string | undefined>): void;
