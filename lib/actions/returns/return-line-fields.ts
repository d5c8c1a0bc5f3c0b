/**
 * Return forms post one field per order line, `qty:<orderItemId>` (and on the admin's form a
 * `restock:<orderItemId>` checkbox). Lines in form order; quantities as typed (Number of the text).
 */
export function returnLineFields(
  fields: Record<string, unknown>,
): Array<{ orderItemId: string; quantity: number; restock: boolean }> {
  return Object.keys(fields)
    .filter((key) => key.startsWith('qty:'))
    .map((key) => {
      const orderItemId = key.slice(4);
      return {
        orderItemId,
        quantity: Number(fields[key]),
        restock: fields[`restock:${orderItemId}`] === 'on',
      };
    });
}
