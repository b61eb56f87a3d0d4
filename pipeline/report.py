"""`deals report`: one self-contained HTML page (inline CSS and SVG, no script, no request to any host).

Charts are drawn by matplotlib into SVG text; the network layout is networkx's. The page is printable and
readable offline; links to the source articles are the only addresses in it, and nothing loads them.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .graph import Flow, find_cycles

TYPE_COLOURS = {"compute": "#1f77b4", "chips": "#ff7f0e", "investment": "#2ca02c", "acquisition": "#d62728",
                "datacenter": "#9467bd", "power": "#8c564b", "partnership": "#7f7f7f"}
TITLES = {"month": "USD by month, by deal type", "companies": "Top companies by money in and out",
          "network": "Who pays whom", "cycles": "Circular flows", "latest": "Latest deals"}


@dataclass
class ReportData:
    deals: list[dict]  # deals_v rows (with the first article's URL and title)
    flows: list[Flow]
    generated_at: datetime
    since: date | None = None
    type_: str | None = None


def load_report_data(con, since: date | None = None, type_: str | None = None) -> ReportData:
    """Everything the page shows, read in one short read-only session."""
    from .graph import load_flows
    where, params = ["TRUE"], []
    for clause, value in (("v.first_reported_at >= ?", since), ("v.type = ?", type_)):
        if value is not None:
            where.append(clause)
            params.append(value)
    cur = con.execute(f"""
        SELECT v.deal_id, v.type, v.status, v.parties, v.amount_value, v.amount_currency, v.amount_qualifier,
               v.amount_period, v.amount_usd, v.amount_usd_total, v.first_reported_at, v.n_articles,
               nullif(split_part(d.article_urls, ' ', 1), '') AS url,
               (SELECT a.title FROM deal_evidence e JOIN articles a USING (article_id)
                WHERE e.deal_id = v.deal_id ORDER BY e.reported_at LIMIT 1) AS title
        FROM deals_v v JOIN deals d USING (deal_id) WHERE {' AND '.join(where)}
        ORDER BY v.first_reported_at DESC NULLS LAST, v.deal_id""", params)
    cols = [c[0] for c in cur.description]
    deals = [dict(zip(cols, row)) for row in cur.fetchall()]
    return ReportData(deals, load_flows(con, since, type_), datetime.now(), since, type_)


def render_report(data: ReportData) -> str:
    """The whole page as one HTML string."""
    body = [_header(data)]
    if not data.deals:
        body.append("<p class='empty'>No deals yet: this database holds no deal that matches. Run "
                    "<code>deals ingest</code> first, or widen <code>--since</code> / <code>--type</code>.</p>")
    else:
        body += [_section("month", _svg(_month_chart, data)), _section("companies", _svg(_company_chart, data)),
                 _section("network", _svg(_network_chart, data)), _section("cycles", _cycles(data)),
                 _section("latest", _latest(data))]
    return PAGE.format(style=STYLE, body="\n".join(body))


def _usd(value) -> str:
    if value is None:
        return "—"
    value = float(value)
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"${value / scale:,.2f}{suffix}"
    return f"${value:,.0f}"


def _header(data: ReportData) -> str:
    total = sum(float(d["amount_usd"]) for d in data.deals if d["amount_usd"] is not None)
    week = data.generated_at - timedelta(days=7)
    new = sum(1 for d in data.deals if d["first_reported_at"] and d["first_reported_at"] >= week)
    scope = ", ".join(x for x in (f"since {data.since}" if data.since else "", f"type {data.type_}" if data.type_ else "")
                      if x) or "all deals"
    figures = [("Deals", f"{len(data.deals):,}"), ("USD total", _usd(total)), ("New this week", f"{new:,}"),
               ("Companies", f"{len({f.payer for f in data.flows} | {f.payee for f in data.flows}):,}")]
    tiles = "".join(f"<div class='tile'><div class='figure'>{html.escape(v)}</div><div class='label'>{k}</div></div>"
                    for k, v in figures)
    return (f"<header><h1>Deal Tracker report</h1><p class='scope'>{html.escape(scope)} · generated "
            f"{data.generated_at:%Y-%m-%d %H:%M}</p><div class='tiles'>{tiles}</div></header>")


def _section(key: str, inner: str) -> str:
    return f"<section id='{key}'><h2>{TITLES[key]}</h2>{inner}</section>"


def _svg(draw, data: ReportData) -> str:
    """A matplotlib figure drawn by `draw`, as inline SVG text (fonts as text, ids unique per chart)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": draw.__name__, "font.size": 9}):
        fig = draw(plt, data)
        if fig is None:
            return "<p class='empty'>Nothing to draw for this selection.</p>"
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight")
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]  # drop the XML prolog and DOCTYPE: inline SVG needs neither


def _month_chart(plt, data: ReportData):
    months: dict[str, dict[str, float]] = {}
    for d in data.deals:
        if d["amount_usd"] is None or d["first_reported_at"] is None:
            continue
        months.setdefault(f"{d['first_reported_at']:%Y-%m}", {}).setdefault(d["type"], 0.0)
        months[f"{d['first_reported_at']:%Y-%m}"][d["type"]] += float(d["amount_usd"]) / 1e9
    if not months:
        return None
    labels = sorted(months)
    fig, ax = plt.subplots(figsize=(10, 3.2))
    bottom = [0.0] * len(labels)
    for type_, colour in TYPE_COLOURS.items():
        values = [months[m].get(type_, 0.0) for m in labels]
        if any(values):
            ax.bar(labels, values, bottom=bottom, color=colour, label=type_)
            bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("USD billions")
    ax.legend(ncols=4, fontsize=8, frameon=False)
    ax.tick_params(axis="x", labelrotation=45)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _company_chart(plt, data: ReportData, top: int = 10):
    money_in: dict[str, float] = {}
    money_out: dict[str, float] = {}
    for f in data.flows:
        if f.directed and f.amount_usd:
            money_out[f.payer] = money_out.get(f.payer, 0.0) + f.amount_usd / 1e9
            money_in[f.payee] = money_in.get(f.payee, 0.0) + f.amount_usd / 1e9
    if not money_in:
        return None
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
    for ax, totals, title, colour in ((axes[0], money_out, "paid out", "#d62728"),
                                      (axes[1], money_in, "received", "#2ca02c")):
        rows = sorted(totals.items(), key=lambda kv: kv[1])[-top:]
        ax.barh([r[0] for r in rows], [r[1] for r in rows], color=colour)
        ax.set_title(f"USD billions {title}")
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _network_chart(plt, data: ReportData, top: int = 25):
    import networkx as nx
    volume: dict[str, float] = {}
    for f in data.flows:
        for name in (f.payer, f.payee):
            volume[name] = volume.get(name, 0.0) + (f.amount_usd or 0.0)
    keep = set(sorted(volume, key=lambda n: (-volume[n], n))[:top])
    graph = nx.MultiDiGraph()
    for f in data.flows:
        if f.payer in keep and f.payee in keep:
            graph.add_edge(f.payer, f.payee, type=f.type, usd=f.amount_usd or 0.0, directed=f.directed)
    if not graph.number_of_edges():
        return None
    pos = nx.spring_layout(graph, seed=7, k=1.2)
    widest = max(d["usd"] for _, _, d in graph.edges(data=True)) or 1.0
    fig, ax = plt.subplots(figsize=(10, 6))
    for u, v, d in graph.edges(data=True):
        nx.draw_networkx_edges(graph, pos, edgelist=[(u, v)], ax=ax, width=0.8 + 5 * d["usd"] / widest,
                               edge_color=TYPE_COLOURS.get(d["type"], "#555555"), arrows=True,
                               arrowstyle="-|>" if d["directed"] else "-", arrowsize=12,
                               style="solid" if d["directed"] else "dashed", connectionstyle="arc3,rad=0.12")
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=[150 + 900 * volume[n] / max(volume.values()) for n in graph],
                           node_color="#e8eef7", edgecolors="#445")
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8)
    handles = [plt.Line2D([0], [0], color=c, lw=3, label=t) for t, c in TYPE_COLOURS.items()
               if any(d["type"] == t for _, _, d in graph.edges(data=True))]
    ax.legend(handles=handles, fontsize=8, frameon=False, loc="lower left")
    ax.set_axis_off()
    return fig


def _cycles(data: ReportData) -> str:
    cycles = find_cycles(data.flows)
    if not cycles:
        return "<p class='empty'>No company pays money that comes back to it through the deals in this selection.</p>"
    items = []
    for c in cycles[:20]:
        steps = "".join(
            f"<li>{html.escape(e.payer)} → {html.escape(e.payee)}: {_usd(e.usd)} "
            f"({', '.join(html.escape(f'{f.type}, {f.status}') for f in e.flows)}){' · contingent' if e.contingent else ''}"
            + "".join(f" <a href='{html.escape(f.evidence_url)}'>source</a>" for f in e.flows if f.evidence_url)
            + "</li>" for e in c.edges)
        kind = "conditional loop" if c.contingent else "cash loop"
        items.append(f"<div class='cycle'><h3>{html.escape(' → '.join(c.companies + c.companies[:1]))}</h3>"
                     f"<p>{kind}; smallest edge {_usd(c.smallest_usd)}</p><ol>{steps}</ol></div>")
    return "".join(items)


def _latest(data: ReportData, limit: int = 50) -> str:
    rows = []
    for d in data.deals[:limit]:
        amount = "—" if d["amount_value"] is None else f"{float(d['amount_value']):,.0f} {d['amount_currency']}"
        if d["amount_period"] and d["amount_period"] != "once":
            amount += f" per {d['amount_period']}"
        link = (f"<a href='{html.escape(d['url'])}'>{html.escape(d['title'] or 'article')}</a>" if d["url"] else "")
        when = f"{d['first_reported_at']:%Y-%m-%d}" if d["first_reported_at"] else ""
        rows.append(f"<tr><td>{when}</td><td><span class='type {d['type']}'>{d['type']}</span></td>"
                    f"<td>{html.escape(d['parties'] or '')}</td><td class='num'>{html.escape(amount)}</td>"
                    f"<td class='num'>{_usd(d['amount_usd'])}</td><td>{d['status']}</td><td>{link}</td></tr>")
    return ("<table><thead><tr><th>first reported</th><th>type</th><th>parties</th><th>amount</th><th>USD</th>"
            f"<th>status</th><th>source</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d2330; margin: 0 auto;
       max-width: 1180px; padding: 24px; background: #fff; }
h1 { margin: 0 0 4px; font-size: 26px; } h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 1px solid #dde;
       padding-bottom: 4px; } h3 { font-size: 15px; margin: 8px 0 2px; }
.scope { color: #667; margin: 0 0 14px; } .tiles { display: flex; gap: 14px; flex-wrap: wrap; }
.tile { border: 1px solid #dde; border-radius: 8px; padding: 10px 16px; min-width: 150px; background: #f7f9fc; }
.figure { font-size: 24px; font-weight: 600; } .label { color: #667; }
svg { max-width: 100%; height: auto; } .empty { color: #667; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; padding: 5px 8px;
       border-bottom: 1px solid #eef; vertical-align: top; } td.num { text-align: right; white-space: nowrap; }
.type { border-radius: 4px; padding: 1px 6px; color: #fff; font-size: 12px; background: #7f7f7f; }
.type.compute { background: #1f77b4; } .type.chips { background: #ff7f0e; } .type.investment { background: #2ca02c; }
.type.acquisition { background: #d62728; } .type.datacenter { background: #9467bd; } .type.power { background: #8c564b; }
.cycle { border-left: 4px solid #9467bd; padding: 2px 12px; margin: 10px 0; background: #faf8fd; }
a { color: #1f5fbf; } @media print { body { padding: 0; } section { break-inside: avoid; } a { color: inherit; } }
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deal Tracker report</title><style>{style}</style></head>
<body>
{body}
<footer><p class="scope">Amounts in USD at the ECB reference rate of the day each deal was first reported (pegged
currencies at their peg). A contingent flow is only in talks, reported, or an "up to" figure.</p></footer>
</body></html>
"""
