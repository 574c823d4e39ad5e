import type { Durations, Report } from '../../store/reports.ts';
import type { Dictionary } from '../i18n/index.ts';
import { BarChart, ColumnChart } from './charts.tsx';
import { Layout, type PageCtx } from './layout.tsx';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10} %`);

/** 95 s → "1 dk 35 sn"-like, in the page's words. */
export function formatDuration(ms: number | null, locale: 'tr' | 'en'): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  const u = locale === 'tr' ? { d: 'g', h: 'sa', m: 'dk', s: 'sn' } : { d: 'd', h: 'h', m: 'min', s: 's' };
  if (s < 60) return `${s} ${u.s}`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} ${u.m} ${s % 60} ${u.s}`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} ${u.h} ${m % 60} ${u.m}`;
  return `${Math.floor(h / 24)} ${u.d} ${h % 24} ${u.h}`;
}

function DurationsBlock(props: { id: string; title: string; d: Durations; t: Dictionary['ops']['reports']; locale: 'tr' | 'en' }) {
  return (
    <li id={props.id} data-median={props.d.medianMs ?? ''} data-p90={props.d.p90Ms ?? ''} data-count={props.d.count}>
      {props.title}
      <strong>{formatDuration(props.d.medianMs, props.locale)}</strong>
      <span class="hint">
        {props.t.median} · {props.t.p90}: {formatDuration(props.d.p90Ms, props.locale)} · {props.t.count}: {props.d.count}
      </span>
    </li>
  );
}

export function ReportsPage(props: { ctx: PageCtx; report: Report; fromDay: string; toDay: string; query: string }) {
  const { t, locale } = props.ctx;
  const o = t.ops.reports;
  const r = props.report;
  const cat = (c: string) => (c ? (t.category[c as keyof Dictionary['category']] ?? c) : '—');
  return (
    <Layout ctx={props.ctx} title={o.title} page="reports">
      <main id="main" class="wide">
        <h1>{o.title}</h1>
        <form method="get" action="/reports" class="grid">
          <div class="field">
            <label for="r-from">{o.from}</label>
            <input id="r-from" name="from" type="date" value={props.fromDay} required />
          </div>
          <div class="field">
            <label for="r-to">{o.to}</label>
            <input id="r-to" name="to" type="date" value={props.toDay} required />
          </div>
          <div class="actions">
            <button type="submit">{o.show}</button>
            <a href={`/reports/daily.csv${props.query}`}>{o.exportDaily}</a>
            <a href={`/reports/summary.csv${props.query}`}>{o.exportSummary}</a>
          </div>
        </form>
        <ul class="kpis">
          <li id="kpi-total" data-value={r.total}>
            {o.tickets}
            <strong>{r.total}</strong>
          </li>
          <DurationsBlock id="kpi-first-response" title={o.firstResponse} d={r.firstResponse} t={o} locale={locale} />
          <DurationsBlock id="kpi-resolution" title={o.resolution} d={r.resolution} t={o} locale={locale} />
          <li id="kpi-fcr" data-value={r.firstContact.rate ?? ''} title={o.fcrHint}>
            {o.fcr}
            <strong>{pct(r.firstContact.rate)}</strong>
            <span class="hint">
              {r.firstContact.firstContact} / {r.firstContact.resolved}
            </span>
          </li>
          <li id="kpi-referrals" data-met={r.referrals.met} data-missed={r.referrals.missed} data-open={r.referrals.open}>
            {o.referrals}
            <strong>
              {o.met}: {r.referrals.met} · {o.missed}: {r.referrals.missed}
            </strong>
            <span class="hint">
              {o.open}: {r.referrals.open}
            </span>
          </li>
          <li id="kpi-satisfaction" data-average={r.satisfaction.average ?? ''} data-satisfied={r.satisfaction.satisfiedRate ?? ''}>
            {o.satisfaction}
            <strong>{pct(r.satisfaction.satisfiedRate)}</strong>
            <span class="hint">
              {o.average}: {r.satisfaction.average === null ? '—' : r.satisfaction.average.toFixed(2)} · {o.answered}: {r.satisfaction.answered} / {o.sent}: {r.satisfaction.sent}
            </span>
          </li>
        </ul>
        <p class="hint">{o.fcrHint}</p>
        <section aria-labelledby="perday-h">
          <h2 id="perday-h">{o.perDay}</h2>
          <div class="table-wrap">
            <ColumnChart id="chart-per-day" title={o.perDay} data={r.perDay.map((d) => ({ label: d.day.slice(5), value: d.tickets }))} />
          </div>
        </section>
        <div class="report-grid">
          <section aria-labelledby="chan-h">
            <h2 id="chan-h">{o.byChannel}</h2>
            {r.byChannel.length ? <BarChart id="chart-channel" title={o.byChannel} data={r.byChannel.map(([k, v]) => ({ label: t.channel[k] ?? k, value: v }))} /> : <p>{o.none}</p>}
          </section>
          <section aria-labelledby="cat-h">
            <h2 id="cat-h">{o.byCategory}</h2>
            {r.byCategory.length ? <BarChart id="chart-category" title={o.byCategory} data={r.byCategory.map(([k, v]) => ({ label: cat(k), value: v }))} /> : <p>{o.none}</p>}
          </section>
          <section aria-labelledby="prov-h">
            <h2 id="prov-h">{o.byProvince}</h2>
            {r.byProvince.length ? <BarChart id="chart-province" title={o.byProvince} data={r.byProvince.slice(0, 15).map(([k, v]) => ({ label: k || '—', value: v }))} /> : <p>{o.none}</p>}
          </section>
          <section aria-labelledby="sat-h">
            <h2 id="sat-h">{o.satisfaction}</h2>
            <BarChart id="chart-satisfaction" title={o.satisfaction} data={r.satisfaction.distribution.map((v, i) => ({ label: `${i + 1}`, value: v }))} />
          </section>
        </div>
      </main>
    </Layout>
  );
}
