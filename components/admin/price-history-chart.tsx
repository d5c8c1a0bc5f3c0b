'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCop } from '@/lib/money';

export type PricePoint = { at: string; label: string; priceCents: number; vipPriceCents: number | null };

/** Price and VIP price over time as steps (a price holds until the next change). */
export function PriceHistoryChart({ points }: { points: PricePoint[] }) {
  const data = points.map((p) => ({
    label: p.label,
    price: p.priceCents / 100,
    vip: p.vipPriceCents === null ? null : p.vipPriceCents / 100,
  }));
  return (
    <figure aria-label="Evolución del precio y del precio VIP" className="w-full">
      <LineChart
        responsive
        data={data}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e8dcc7" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis
          width="auto"
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatCop(v * 100)}
          domain={['auto', 'auto']}
        />
        <Tooltip
          formatter={(value) =>
            value === null || value === undefined ? 'Sin precio VIP' : formatCop(Number(value) * 100)
          }
        />
        <Legend />
        <Line type="stepAfter" dataKey="price" name="Precio" stroke="#30553d" strokeWidth={2} />
        <Line type="stepAfter" dataKey="vip" name="Precio VIP" stroke="#a4502f" strokeWidth={2} connectNulls={false} />
      </LineChart>
    </figure>
  );
}
