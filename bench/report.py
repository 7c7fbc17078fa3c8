"""Turns bench/all.sh's raw runs into BENCHMARKS.md (stdout).
   python3 bench/report.py META RESULTS.tsv [META RESULTS.tsv ...]   (several runs merged, e.g. N=10000 apart)
RESULTS: one line per measured run: backend, N, row, tool, wall s, CPU s (user + sys), peak RSS KiB.
META: "key<TAB>value" lines describing the machine and the run (see all.sh)."""
import statistics
import sys
from collections import defaultdict

TOOLS = {
    "floor": "floor (psql / sqlite3)",
    "retort-sql": "Retort, SQL scripts",
    "retort-java": "Retort, Java scripts, warm class cache",
    "retort-java-cold": "Retort, Java scripts, empty class cache",
    "alembic": "Alembic",
    "flyway": "Flyway",
    "liquibase": "Liquibase",
}
ROWS = ["--version", "apply all", "no-op upgrade head", "current", "history", "heads", "check", "downgrade all"]
BACKENDS = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


def load(paths):
    meta, busy = {}, {}
    runs = defaultdict(list)
    for meta_path, results_path in zip(paths[::2], paths[1::2]):
        load_one(meta_path, results_path, meta, busy, runs)
    return meta, busy, runs


def load_one(meta_path, results_path, meta, busy, runs):
    elapsed = int(meta.get("elapsed", 0))
    first = not meta
    own = {}
    for line in open(meta_path):
        key, _, value = line.rstrip("\n").partition("\t")
        own.setdefault(key, value)
        if key == "busy":
            backend, n, starts, measured, nruns, load_after = value.split("\t")
            busy[(backend, int(n))] = (int(starts), int(measured), int(nruns), load_after)
        elif first or key in ("load_end", "date_end"):
            meta[key] = value
        elif key == "elapsed":
            meta[key] = str(elapsed + int(value))
    sizes, rows, tools = set(), set(), set()
    for line in open(results_path):
        backend, n, row, tool, wall, cpu, rss = line.rstrip("\n").split("\t")
        runs[(backend, int(n), row, tool)].append((float(wall), float(cpu), int(rss) / 1024))
        sizes.add(int(n))
        rows.add(row)
        tools.add(tool)
    # Each run merged, with what it measured (a run at N = 10,000 may leave out rows or tools: BENCH_ROWS, BENCH_TOOLS).
    meta.setdefault("merged", []).append((own.get("date"), own.get("retort", ""), sorted(sizes), rows, tools))


def med(values):
    return statistics.median(values)


class Table:
    def __init__(self, runs):
        self.runs = runs

    def get(self, backend, n, row, tool):
        r = self.runs.get((backend, n, row, tool))
        if not r:
            return None
        walls = [w for w, _, _ in r]
        return {"median": med(walls), "min": min(walls), "max": max(walls), "cpu": med([c for _, c, _ in r]),
                "rss": max(m for _, _, m in r), "runs": len(r)}


def ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "—"


def goals(t, backend, n):
    """The issue's goals (issue 12), measured: (case, measured, reference, ratio, goal, met)."""
    g = lambda row, tool: (t.get(backend, n, row, tool) or {}).get("median")
    c = lambda row, tool: (t.get(backend, n, row, tool) or {}).get("cpu")
    vs_a = lambda row, tool="retort-sql": (c(row, tool), c(row, "alembic"))
    rss = lambda tool: (t.get(backend, n, "apply all", tool) or {}).get("rss")
    out = []

    def add(case, value, ref_name, ref, goal, limit, unit="s", cpu=None):
        if value is None:
            return
        r = value / ref if ref else None
        cpu_shown = f"{cpu[0] / cpu[1]:.2f}×" if cpu and cpu[1] else "—"
        shown = f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"
        ref_shown = "—" if ref is None else (f"{ref:.2f} {unit}" if unit == "s" else f"{ref:.0f} {unit}")
        met = (r is not None and r <= limit) if ref_name else value <= limit
        if cpu and cpu[1]:
            met_cpu = "yes" if cpu[0] / cpu[1] <= limit else "**no**"
        elif cpu and cpu[0] is not None and not ref_name:
            met_cpu = "yes" if cpu[0] <= limit else "**no**"
        else:
            met_cpu = "—"
        cpu_own = f"{cpu[0]:.2f} s" if cpu and cpu[0] is not None else "—"
        out.append((case, shown, f"{ref_name} {ref_shown}" if ref_name else "—",
                    f"{r:.2f}×" if r is not None else "—", cpu_own, cpu_shown, goal, "yes" if met else "**no**", met_cpu))

    a = lambda row: g(row, "alembic")
    floor_up, floor_down = g("apply all", "floor"), g("downgrade all", "floor")
    add("no-op `upgrade head`", g("no-op upgrade head", "retort-sql"), "Alembic", a("no-op upgrade head"), "≤ 0.75× Alembic", 0.75,
        cpu=vs_a("no-op upgrade head"))
    add("apply all, SQL scripts", g("apply all", "retort-sql"), "floor", floor_up, "≤ 1.3× floor", 1.3)
    add("apply all, Java, warm class cache", g("apply all", "retort-java"), "floor", floor_up, "≤ 1.3× floor", 1.3)
    add("apply all, Java, empty class cache", g("apply all", "retort-java-cold"), "Alembic", a("apply all"), "≤ 0.8× Alembic", 0.8,
        cpu=vs_a("apply all", "retort-java-cold"))
    add("downgrade all", g("downgrade all", "retort-sql"), "floor", floor_down, "≤ 1.3× floor", 1.3)
    add("peak RSS applying, SQL", rss("retort-sql"), "Alembic", rss("alembic"), "≤ 2× Alembic", 2.0, "MiB")
    add("peak RSS applying, Java cold", rss("retort-java-cold"), "Alembic", rss("alembic"), "≤ 2× Alembic", 2.0, "MiB")
    add("start-up alone (`--version`)", g("--version", "retort-sql"), None, None, "≤ 0.12 s", 0.12,
        cpu=(c("--version", "retort-sql"), None))
    for cmd in ("current", "history", "heads"):
        add(f"`{cmd}`", g(cmd, "retort-sql"), "Alembic", a(cmd), "≤ 0.75× Alembic", 0.75, cpu=vs_a(cmd))
    add(f"`check`, {n:,} matching tables", g("check", "retort-sql"), "Alembic", a("check"), "≤ 0.1× Alembic", 0.1, cpu=vs_a("check"))
    per = []
    for row, floor in (("apply all", floor_up), ("downgrade all", floor_down)):
        v = g(row, "retort-sql")
        if v is not None and floor is not None:
            per.append(f"{(v - floor) / n * 1000:.2f} ms {'up' if row == 'apply all' else 'down'}")
    return out, per


def main():
    meta, busy, runs = load(sys.argv[1:])
    t = Table(runs)
    sizes = sorted({n for (_, n, _, _) in runs})
    backends = [b for b in ("postgresql", "sqlite") if any(k[0] == b for k in runs)]
    p = print
    p("# Benchmarks")
    p()
    merged = meta.get("merged", [])
    made_by = ("`bench/all.sh " + " ".join(str(n) for n in sizes) + "`" if len(merged) <= 1 else
               "`bench/report.py` from " + str(len(merged)) + " runs of `bench/all.sh`, listed under Machine")
    p("Generated by " + made_by + " (do not edit by hand; what runs and how is in the "
      "header of `bench/all.sh`; the fleet and graph sections at the end come from `bench/fleet.md` and "
      "`bench/graph.md`, measured by `bench/fleet.sh` and `bench/graph.sh`). Every figure is a whole process, as a user or a deploy runs it, on the same generated "
      "revisions for every tool: revision *i* creates table `t<i>` with 10 columns, a foreign key to `t<i-1>` "
      "and an index (`bench/generate-all.sh`); each tool has its own database (a fresh schema on PostgreSQL). "
      "Wall time in seconds: median, with min–max; CPU = user + sys (median); RSS = peak resident memory "
      "(largest run, GNU time). Ratios are of medians. The floor is the same SQL through `psql` / the "
      "`sqlite3` shell, one transaction per migration, no bookkeeping. On PostgreSQL every measured apply and "
      "downgrade starts after a `CHECKPOINT` (not timed), so that no run pays for the dirty pages of those before it.")
    p()
    p("## Machine")
    p()
    p(f"- run: {meta.get('date')}, {int(meta.get('elapsed', 0)) // 60} min")
    if len(merged) > 1:
        for date, retort, run_sizes, rows, tools in merged:
            left_rows = [r for r in ROWS if r not in rows and any(r in other[3] for other in merged)]
            left_tools = [TOOLS[x] for x in TOOLS if x not in tools and any(x in other[4] for other in merged)]
            left = "; without " + ", ".join(left_rows + left_tools) if left_rows or left_tools else ""
            p(f"  - merged: the run of {date} ({retort.split('(git ')[-1].rstrip(')') or 'git ?'}), N = "
              + ", ".join(f"{n:,}" for n in run_sizes) + left)
    p(f"- CPU: {meta.get('cpu')}, {meta.get('cores')} cores; {meta.get('memory')} memory; {meta.get('os')}")
    p(f"- JDK: {meta.get('jdk')}; every JVM runs with `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC` and a warm "
      "AppCDS archive plus the unpacked sqlite native library (bin/retort's launch caches; the same for Flyway "
      "and Liquibase)")
    p(f"- {meta.get('retort')}, driven through `bin/retort`")
    p(f"- {meta.get('alembic')}, Debian's python3-alembic run by /usr/bin/python3, `transaction_per_migration=True`; "
      "`check` is `bench/alembic/check.py` (Alembic 1.8 has no `check` command: it calls `compare_metadata`, "
      "as 1.9's command does; Python's recursion limit is raised to 100,000 and the thread stack to 512 MiB, since "
      "issue 12 reports a crash at 1,000 tables without that)")
    p(f"- {meta.get('flyway')}; {meta.get('liquibase')}; {meta.get('drivers')}")
    p(f"- floor: {meta.get('floor')}; {meta.get('postgresql', 'PostgreSQL not measured')}")
    quiet = meta.get("quiet", "50\t3").split("\t")
    p(f"- load: the machine's 2 cores are shared with other builds. Before each measured run the harness waits up "
      f"to {quiet[1]} s for other processes to use at most {quiet[0]} % of the cores. Load average "
      f"{meta.get('load_start')} at start, {meta.get('load_end')} at end; runs that started busy anyway:")
    for (backend, n), (starts, measured, nruns, load_after) in sorted(busy.items()):
        p(f"  {BACKENDS[backend]} N={n:,}: {starts} of {measured} (load average after: {load_after}; {nruns} runs per row)")
    p()
    p("## Goals (issue 12)")
    p()
    for backend in backends:
        for n in sizes:
            rows, per = goals(t, backend, n)
            p(f"### {BACKENDS[backend]}, N = {n:,}")
            p()
            p("| case | Retort (median) | against | ratio | Retort CPU | CPU ratio | goal | met (wall) | met (CPU) |")
            p("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |")
            for r in rows:
                p("| " + " | ".join(r) + " |")
            p()
            p("Met (wall) is judged on the wall-time medians, as the issue states its goals; met (CPU) on the CPU "
              "time (user + sys of the client process: against Alembic's, or alone for `--version`), which other "
              "processes on a shared machine inflate far less than wall time. Against the floor only wall time "
              "compares (the floor's work is in the server).")
            p()
            if per:
                p(f"Retort's overhead per migration over the floor: {', '.join(per)} (goal: 0.5 ms).")
                p()
    fixes = __import__("pathlib").Path(__file__).with_name("fixes.md")
    if fixes.exists():
        p(fixes.read_text().rstrip())
        p()
    if len(sizes) > 1:
        p("## Growth")
        p()
        p("Retort's median wall time per row as N grows, and the growth factor from the smallest to the largest N "
          f"({sizes[-1] // sizes[0]}× more revisions); work after start-up = the row minus `--version`.")
        p()
        for backend in backends:
            if not all(t.get(backend, n, "apply all", "retort-sql") for n in sizes):
                continue
            p(f"### {BACKENDS[backend]}")
            p()
            p("| row | tool | " + " | ".join(f"N={n:,}" for n in sizes) + " | growth | work after start-up, largest N |")
            p("| --- | --- | " + " | ".join("---:" for _ in sizes) + " | ---: | ---: |")
            for row in ROWS[1:]:
                for tool in ("retort-sql", "alembic"):
                    vals = [(t.get(backend, n, row, tool) or {}).get("median") for n in sizes]
                    if None in vals:
                        continue
                    start = (t.get(backend, sizes[-1], "--version", tool) or {}).get("median") or 0
                    p(f"| {row} | {TOOLS[tool]} | " + " | ".join(f"{v:.2f}" for v in vals)
                      + f" | {vals[-1] / vals[0]:.1f}× | {vals[-1] - start:.2f} s |")
            p()
    p("## All rows")
    for backend in backends:
        for n in sizes:
            p()
            p(f"### {BACKENDS[backend]}, N = {n:,}")
            p()
            p("| row | tool | median s | min–max | CPU s | RSS MiB | vs Alembic | vs floor | runs |")
            p("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            for row in ROWS:
                ref_a = (t.get(backend, n, row, "alembic") or {}).get("median")
                ref_f = (t.get(backend, n, row, "floor") or {}).get("median")
                for tool in TOOLS:
                    s = t.get(backend, n, row, tool)
                    if not s:
                        continue
                    p(f"| {row} | {TOOLS[tool]} | {s['median']:.2f} | {s['min']:.2f}–{s['max']:.2f} | {s['cpu']:.2f} "
                      f"| {s['rss']:.0f} | {ratio(s['median'], ref_a)} | {ratio(s['median'], ref_f)} | {s['runs']} |")
    hand_sections(p)


def hand_sections(p):
    """Sections measured by other scripts (bench/fleet.sh, bench/graph.sh), kept in bench/*.md and copied in as they are."""
    here = __import__("pathlib").Path(__file__)
    for name in ("fleet.md", "graph.md"):
        section = here.with_name(name)
        if section.exists():
            p()
            p(section.read_text().rstrip())


main()
