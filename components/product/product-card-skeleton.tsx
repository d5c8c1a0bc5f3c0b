export function ProductCardSkeleton() {
  return (
    <div className="flex h-full flex-col overflow-hidden rounded-2xl border border-sand-200 bg-white">
      <div className="aspect-square animate-pulse bg-sand-100" />
      <div className="flex flex-col gap-2 p-4">
        <div className="h-3 w-1/3 animate-pulse rounded bg-sand-200" />
        <div className="h-5 w-4/5 animate-pulse rounded bg-sand-200" />
        <div className="mt-3 h-5 w-1/3 animate-pulse rounded bg-sand-200" />
      </div>
    </div>
  );
}
