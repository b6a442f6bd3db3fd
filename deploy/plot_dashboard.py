"""Draws the Grafana dashboard's time-series panels from a Prometheus into one PNG.

Made for the picture in docs/monitoring.md, so that it shows what the dashboard shows on
real data rather than a mock-up. It needs matplotlib, which Newswire does not depend on:
run it from any Python with matplotlib installed (it imports nothing from Newswire).

    python deploy/plot_dashboard.py --prometheus http://127.0.0.1:9090 --minutes 10 --out docs/monitoring.png
"""

from __future__ import annotations

import argparse
import json
import math
import time
import urllib.parse
import urllib.request
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parent / "grafana" / "dashboards" / "newswire.json"


def query_range(prometheus: str, expr: str, start: float, end: float, step: float) -> list[dict]:
    params = urllib.parse.urlencode({"query": expr, "start": start, "end": end, "step": step})
    with urllib.request.urlopen(f"{prometheus}/api/v1/query_range?{params}", timeout=30) as response:
        body = json.load(response)
    if body["status"] != "success":
        raise RuntimeError(f"{expr}: {body.get('error')}")
    return body["data"]["result"]


def legend(template: str, labels: dict[str, str]) -> str:
    for key, value in labels.items():
        template = template.replace("{{" + key + "}}", value)
    return template


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", required=True, help="base URL, e.g. http://127.0.0.1:9090")
    parser.add_argument("--minutes", type=float, default=10.0, help="how far back to draw")
    parser.add_argument("--rate-interval", default="30s", help="stands in for Grafana's $__rate_interval")
    parser.add_argument("--out", type=Path, default=Path("docs/monitoring.png"))
    args = parser.parse_args()

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [p for p in json.loads(DASHBOARD.read_text())["panels"] if p["type"] == "timeseries"]
    end = time.time()
    start = end - args.minutes * 60
    step = max(1.0, args.minutes * 60 / 300)
    columns = 3
    rows = math.ceil(len(panels) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(6 * columns, 3.2 * rows), squeeze=False)
    for ax, panel in zip(axes.flat, panels, strict=False):
        for target in panel["targets"]:
            expr = target["expr"].replace("$__rate_interval", args.rate_interval)
            for series in query_range(args.prometheus, expr, start, end, step):
                xs = [(float(t) - end) / 60 for t, _ in series["values"]]
                ys = [float(v) for _, v in series["values"]]
                ax.plot(xs, ys, label=legend(target["legendFormat"], series["metric"]), linewidth=1.2)
        unit = panel["fieldConfig"]["defaults"].get("unit", "")
        ax.set_title(panel["title"], fontsize=10)
        ax.set_xlabel("minutes ago", fontsize=8)
        ax.set_ylabel(unit.removeprefix("suffix: ").replace("none", ""), fontsize=8)
        ax.tick_params(labelsize=7)
        ax.grid(alpha=0.3)
        if ax.lines:
            ax.legend(fontsize=6, loc="upper left")
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    fig.suptitle(f"Newswire dashboard panels, drawn from Prometheus ({args.minutes:g} minutes)", fontsize=12)
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out, dpi=80)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
