import type { ColumnSpec } from '../../data/types';
import type { ScaleType } from '../../state/viewSpec';
import { labelWithUnit } from '../format';

interface Props {
  columns: ColumnSpec[];
  x: string;
  y: string;
  xScale: ScaleType;
  yScale: ScaleType;
  onAxis: (axis: 'x' | 'y', key: string) => void;
  onScale: (axis: 'x' | 'y', scale: ScaleType) => void;
  onSwap: () => void;
}

/** Pick the x and y columns among the numeric ones, their scales, and swap them. */
export function AxisControls({ columns, x, y, xScale, yScale, onAxis, onScale, onSwap }: Props) {
  return (
    <section className="panel" aria-labelledby="axes-title">
      <h2 id="axes-title" className="panel-title">
        Axes
      </h2>
      <div className="space-y-3">
        <AxisRow axis="x" columns={columns} value={x} scale={xScale} onAxis={onAxis} onScale={onScale} />
        <div className="flex justify-center">
          <button type="button" className="btn text-xs" onClick={onSwap} aria-label="Swap x and y axes">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M7 4v16M7 20l-3-3M7 20l3-3M17 20V4M17 4l-3 3M17 4l3 3" />
            </svg>
            Swap axes
          </button>
        </div>
        <AxisRow axis="y" columns={columns} value={y} scale={yScale} onAxis={onAxis} onScale={onScale} />
      </div>
    </section>
  );
}

function AxisRow({
  axis,
  columns,
  value,
  scale,
  onAxis,
  onScale,
}: {
  axis: 'x' | 'y';
  columns: ColumnSpec[];
  value: string;
  scale: ScaleType;
  onAxis: Props['onAxis'];
  onScale: Props['onScale'];
}) {
  const id = `axis-${axis}`;
  return (
    <div>
      <div className="mb-1 flex items-center justify-between gap-2">
        <label htmlFor={id} className="field-label !mb-0">
          {axis === 'x' ? 'Horizontal (x)' : 'Vertical (y)'}
        </label>
        <div className="seg shrink-0" role="group" aria-label={`${axis} scale`}>
          {(['linear', 'log'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={scale === s}
              data-testid={`${axis}-scale-${s}`}
              title={s === 'linear' ? 'Linear scale' : 'Logarithmic scale'}
              onClick={() => onScale(axis, s)}
            >
              {s === 'linear' ? 'Linear' : 'Log'}
            </button>
          ))}
        </div>
      </div>
      <select id={id} data-testid={`${axis}-select`} className="select" value={value} onChange={(e) => onAxis(axis, e.target.value)}>
        {columns.map((c) => (
          <option key={c.key} value={c.key}>
            {labelWithUnit(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
