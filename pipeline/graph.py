"""The deal graph: who pays whom (flows_v), exports for Gephi / networkx / Graphviz, and circular flows.

Money flows from payer to payee (buyer -> seller, investor -> investee, acquirer -> target); partnerships
are undirected ties. For cycles, parallel flows between the same two companies are collapsed into one edge
that keeps every deal; an edge is *contingent* when none of its deals is firm: each is only in talks,
reported, or an "up to" figure. A cycle is a cash loop when none of its edges is contingent.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date

FLOW_COLUMNS = ("payer_id", "payer", "payee_id", "payee", "deal_id", "type", "amount_usd", "amount_value",
                "amount_currency", "amount_qualifier", "amount_period", "status", "first_reported_at",
                "evidence_url", "directed")
FIRM_STATUSES = {"announced", "completed"}


@dataclass(frozen=True, slots=True)
class Flow:
    payer_id: str
    payer: str
    payee_id: str
    payee: str
    deal_id: str
    type: str
    amount_usd: float | None
    amount_value: float | None
    amount_currency: str | None
    amount_qualifier: str | None
    amount_period: str | None
    status: str
    first_reported_at: object
    evidence_url: str | None
    directed: bool

    @property
    def contingent(self) -> bool:
        return self.status not in FIRM_STATUSES or self.amount_qualifier == "up_to"


@dataclass
class Edge:
    payer: str
    payee: str
    flows: list[Flow] = field(default_factory=list)

    @property
    def usd(self) -> float:
        return sum(f.amount_usd or 0.0 for f in self.flows)

    @property
    def contingent(self) -> bool:
        return all(f.contingent for f in self.flows)


@dataclass
class Cycle:
    companies: list[str]
    edges: list[Edge]

    @property
    def smallest_usd(self) -> float:
        return min(e.usd for e in self.edges)

    @property
    def contingent(self) -> bool:
        return any(e.contingent for e in self.edges)

    def to_dict(self) -> dict:
        return {"companies": self.companies, "length": len(self.edges), "smallest_edge_usd": self.smallest_usd,
                "contingent": self.contingent,
                "edges": [{"payer": e.payer, "payee": e.payee, "usd": e.usd, "contingent": e.contingent,
                           "deals": [_flow_dict(f) for f in e.flows]} for e in self.edges]}


def _flow_dict(f: Flow) -> dict:
    out = {k: v for k, v in asdict(f).items() if k not in ("payer_id", "payee_id", "directed")}
    when = out["first_reported_at"]
    out["first_reported_at"] = when.isoformat() if hasattr(when, "isoformat") else when
    out["amount_value"] = float(out["amount_value"]) if out["amount_value"] is not None else None
    out["contingent"] = f.contingent
    return out


def load_flows(con, since: date | None = None, type_: str | None = None, min_usd: float | None = None) -> list[Flow]:
    """The rows of flows_v, filtered; amounts as floats."""
    where, params = _filters(since, type_, min_usd)
    rows = con.execute(f"SELECT {', '.join(FLOW_COLUMNS)} FROM flows_v WHERE {' AND '.join(where)} "
                       "ORDER BY first_reported_at, deal_id, payer_id, payee_id", params).fetchall()
    return _to_flows(rows)


def _filters(since, type_, min_usd, prefix: str = "") -> tuple[list[str], list]:
    where, params = ["TRUE"], []
    for clause, value in (("first_reported_at >= ?", since), ("type = ?", type_), ("amount_usd >= ?", min_usd)):
        if value is not None:
            where.append(prefix + clause)
            params.append(value)
    return where, params


def _to_flows(rows) -> list[Flow]:
    return [Flow(*row[:7], float(row[7]) if row[7] is not None else None, *row[8:]) for row in rows]


def collapse(flows: list[Flow]) -> dict[tuple[str, str], Edge]:
    """Directed flows grouped into one edge per (payer, payee)."""
    edges: dict[tuple[str, str], Edge] = {}
    for f in flows:
        if f.directed:
            edges.setdefault((f.payer, f.payee), Edge(f.payer, f.payee)).flows.append(f)
    return edges


def find_cycles(flows: list[Flow], max_length: int = 5, limit: int | None = None) -> list[Cycle]:
    """Simple cycles of at most max_length companies, largest smallest edge first (at most `limit`)."""
    edges = collapse(flows)
    ranked = sorted(edges.values(), key=lambda e: (-e.usd, e.payer, e.payee))
    return [Cycle(nodes, [edges[p] for p in _pairs(nodes)])
            for nodes in _cycles_by_bottleneck(((e.payer, e.payee) for e in ranked), max_length, limit)]


def cycles_from_db(con, since: date | None = None, min_usd: float | None = None, max_length: int = 5,
                   limit: int | None = 100) -> list[Cycle]:
    """find_cycles over a whole database without loading it: collapsed edges stream from DuckDB largest
    first and the search stops at `limit` cycles; only the flows of the cycles found are read in full."""
    where, params = _filters(since, None, min_usd)
    cur = con.execute(f"SELECT payer, payee, coalesce(sum(amount_usd), 0) AS usd FROM flows_v "
                      f"WHERE directed AND {' AND '.join(where)} GROUP BY payer, payee ORDER BY usd DESC, payer, payee",
                      params)

    def stream():
        while rows := cur.fetchmany(10_000):
            yield from ((payer, payee) for payer, payee, _ in rows)
    found = list(_cycles_by_bottleneck(stream(), max_length, limit))
    pairs = sorted({p for nodes in found for p in _pairs(nodes)})
    if not pairs:
        return []
    edges = collapse(_flows_between(con, pairs, since, min_usd))
    return [Cycle(nodes, [edges[p] for p in _pairs(nodes)]) for nodes in found]


def _flows_between(con, pairs: list[tuple[str, str]], since, min_usd) -> list[Flow]:
    where, params = _filters(since, None, min_usd, prefix="f.")
    columns = ", ".join(f"f.{c}" for c in FLOW_COLUMNS)
    rows = con.execute(f"SELECT {columns} FROM flows_v f JOIN (SELECT unnest(?::VARCHAR[]) AS a, "
                       f"unnest(?::VARCHAR[]) AS b) p ON f.payer = p.a AND f.payee = p.b "
                       f"WHERE f.directed AND {' AND '.join(where)} ORDER BY f.first_reported_at, f.deal_id",
                       [[a for a, _ in pairs], [b for _, b in pairs], *params]).fetchall()
    return _to_flows(rows)


def _pairs(nodes: list[str]) -> list[tuple[str, str]]:
    return list(zip(nodes, nodes[1:] + nodes[:1]))


def _cycles_by_bottleneck(edges, max_length: int, limit: int | None):
    """Cycles in the order of their smallest edge, largest first, from edges given largest first.

    Each edge is added to the graph in turn; every cycle it closes has it as its smallest edge (all
    edges already there are at least as large), so cycles come out already ranked and the search can
    stop after `limit` of them without enumerating the rest (a dense graph has billions)."""
    import networkx as nx
    graph = nx.DiGraph()
    count = 0
    for payer, payee in edges:
        graph.add_edge(payer, payee)
        if payer == payee:
            continue
        for path in nx.all_simple_paths(graph, payee, payer, cutoff=max_length - 1):  # lazily: may be many
            yield _rotate([payer] + path[:-1])
            count += 1
            if limit is not None and count >= limit:
                return


def _rotate(nodes: list[str]) -> list[str]:
    start = nodes.index(min(nodes))  # one rotation per cycle, for a stable order
    return nodes[start:] + nodes[:start]


def to_networkx(flows: list[Flow]):
    """A MultiDiGraph: one edge per flow (partnership ties as a pair of edges with directed=False)."""
    import networkx as nx
    graph = nx.MultiDiGraph()
    for f in flows:
        for node_id, name in ((f.payer_id, f.payer), (f.payee_id, f.payee)):
            graph.add_node(node_id, label=name)
        attrs = {"deal_id": f.deal_id, "type": f.type, "status": f.status, "contingent": f.contingent,
                 "directed": f.directed, "amount_usd": f.amount_usd if f.amount_usd is not None else -1.0,
                 "first_reported_at": str(f.first_reported_at or ""), "evidence_url": f.evidence_url or ""}
        graph.add_edge(f.payer_id, f.payee_id, key=f.deal_id, **attrs)
        if not f.directed:
            graph.add_edge(f.payee_id, f.payer_id, key=f.deal_id, **attrs)
    return graph


def export_graph(flows: list[Flow], fmt: str) -> str:
    """The graph as GraphML, node-link JSON or Graphviz DOT text."""
    import networkx as nx
    graph = to_networkx(flows)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)) + "\n"
    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="edges"), indent=2, default=str) + "\n"
    if fmt == "dot":
        return _dot(flows)
    raise ValueError(f"unknown graph format {fmt!r}; use graphml, json or dot")


def _dot(flows: list[Flow]) -> str:
    def q(s: str) -> str:
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ["digraph deals {", "  rankdir=LR;"]
    for f in flows:
        usd = f"${f.amount_usd / 1e9:.2f}B" if f.amount_usd else "no figure"
        style = ", dir=none, style=dashed" if not f.directed else ", style=dotted" if f.contingent else ""
        lines.append(f"  {q(f.payer)} -> {q(f.payee)} [label={q(f'{f.type} {usd} ({f.status})')}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
