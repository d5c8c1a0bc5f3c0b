'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCop } from '@/lib/money';
import { formatDayMonth, formatInteger } from './format';

export type SalesPoint = { date: string; orders: number; paidOrders: number; revenueCents: number };

/**
 * Revenue (bars, left axis) and orders (line, right axis) per Bogotá day. The same numbers are in
 * the table beside it for screen readers and for anyone who prefers reading figures.
 */
export function SalesChart({
  data,
  label = 'Ingresos y pedidos por día, últimos 30 días',
}: {
  data: SalesPoint[];
  label?: string;
}) {
  const points = data.map((d) => ({ ...d, label: formatDayMonth(d.date), revenuePesos: d.revenueCents / 100 }));
  return (
    <figure aria-label={label} className="w-full">
      <ComposedChart
        responsive
        data={points}
        style={{ width: '100%', height: 300 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e8dcc7" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis
          yAxisId="revenue"
          width="auto"
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatCop(v * 100)}
        />
        <YAxis yAxisId="orders" orientation="right" allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value, name) =>
            name === 'Ingresos' ? formatCop(Number(value) * 100) : formatInteger(Number(value))
          }
          labelFormatter={(label) => String(label)}
        />
        <Legend />
        <Bar yAxisId="revenue" dataKey="revenuePesos" name="Ingresos" fill="#4f7f5f" radius={[3, 3, 0, 0]} />
        <Line
          yAxisId="orders"
          dataKey="orders"
          name="Pedidos"
          stroke="#a4502f"
          strokeWidth={2}
          dot={false}
          type="monotone"
        />
        <Line
          yAxisId="orders"
          dataKey="paidOrders"
          name="Pagados"
          stroke="#30553d"
          strokeDasharray="4 3"
          strokeWidth={2}
          dot={false}
          type="monotone"
        />
      </ComposedChart>
    </figure>
  );
}
