/** Server-drawn SVG charts: no library, no script, nothing from other hosts; the numbers are also in the text. */

export function ColumnChart(props: { id: string; title: string; data: Array<{ label: string; value: number }>; width?: number; height?: number }) {
  const width = props.width ?? 720;
  const height = props.height ?? 200;
  const pad = { left: 36, right: 8, top: 12, bottom: 28 };
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const n = Math.max(1, props.data.length);
  const slot = (width - pad.left - pad.right) / n;
  const bar = Math.max(1, slot * 0.8);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const every = Math.ceil(n / 12);
  const summary = props.data.map((d) => `${d.label}: ${d.value}`).join(', ');
  return (
    <svg class="chart" id={props.id} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${props.id}-t`}>
      <title id={`${props.id}-t`}>{`${props.title}. ${summary}`}</title>
      <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#8c959f" />
      <text x={pad.left - 4} y={y(max) + 4} text-anchor="end">
        {max}
      </text>
      <text x={pad.left - 4} y={y(0)} text-anchor="end">
        0
      </text>
      {props.data.map((d, i) => (
        <g>
          <rect x={pad.left + i * slot + (slot - bar) / 2} y={y(d.value)} width={bar} height={Math.max(0, y(0) - y(d.value))} fill="#0b5cad" data-value={d.value} />
          {i % every === 0 && (
            <text x={pad.left + i * slot + slot / 2} y={height - 10} text-anchor="middle">
              {d.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

export function BarChart(props: { id: string; title: string; data: Array<{ label: string; value: number }>; width?: number }) {
  const width = props.width ?? 420;
  const row = 22;
  const labelW = 130;
  const height = Math.max(1, props.data.length) * row + 8;
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const scale = (v: number) => ((width - labelW - 48) * v) / max;
  const summary = props.data.map((d) => `${d.label}: ${d.value}`).join(', ');
  return (
    <svg class="chart" id={props.id} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${props.id}-t`}>
      <title id={`${props.id}-t`}>{`${props.title}. ${summary}`}</title>
      {props.data.map((d, i) => (
        <g>
          <text x={labelW - 6} y={i * row + 16} text-anchor="end">
            {d.label.length > 20 ? `${d.label.slice(0, 19)}…` : d.label}
          </text>
          <rect x={labelW} y={i * row + 4} width={Math.max(1, scale(d.value))} height={row - 8} fill="#0b5cad" data-value={d.value} />
          <text x={labelW + scale(d.value) + 4} y={i * row + 16}>
            {d.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
