#!/usr/bin/env python3
"""Runs the pandas examples of docs/notebooks.md on real results folders and checks their numbers against the
command line's own summaries (comparison.csv's means, points.csv's n and mean), so the documented code cannot rot.

usage: check_examples.py COMMUNITY_SIM COMPARE_FOLDER SWEEP_FOLDER

The tables are read from the Parquet store with pandas.read_parquet when pyarrow is installed; without it (Debian
bookworm packages pandas but not pyarrow) the same Parquet files are read by community-sim's embedded DuckDB
(`query ... --out table.csv`) and handed to pandas, which then runs the identical example code.
"""
import math
import os
import subprocess
import sys
import tempfile

import pandas as pd

cli, compare_dir, sweep_dir = sys.argv[1:4]
passed, failed = 0, 0


def read_table(folder, name):
    """The table `name` of a results folder, as a DataFrame, from its Parquet file."""
    try:
        import pyarrow  # noqa: F401

        return pd.read_parquet(os.path.join(folder, name + ".parquet"))
    except ImportError:
        out = os.path.join(tempfile.mkdtemp(), name + ".csv")
        subprocess.run([cli, "query", folder, "SELECT * FROM " + name, "--out", out], check=True,
                       stdout=subprocess.DEVNULL)
        return pd.read_csv(out)


def check(what, got, expected, tol=1e-12):
    global passed, failed
    ok = (math.isnan(got) and math.isnan(expected)) or abs(got - expected) <= tol * max(1.0, abs(expected))
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}: pandas {got!r}, community-sim {expected!r}")


# --- docs/notebooks.md, example 1: a compare's runs, mean and collapse share per scenario -------------------------
runs = read_table(compare_dir, "runs")
per_scenario = runs.groupby("scenario").agg(active=("final_active_share", "mean"),
                                            collapse=("dead", "mean"), n=("replicate", "count"))
comparison = pd.read_csv(os.path.join(compare_dir, "comparison.csv"))
for outcome, column in [("final_active_share", "active"), ("dead", "collapse")]:
    row = comparison[comparison.outcome == outcome].iloc[0]
    check(f"{outcome} mean of {row.scenario_a}", per_scenario.loc[row.scenario_a, column], row.mean_a)
    check(f"{outcome} mean of {row.scenario_b}", per_scenario.loc[row.scenario_b, column], row.mean_b)
check("runs per scenario", float(per_scenario.n.iloc[0]),
      float(comparison[comparison.outcome == "final_active_share"].n.iloc[0]))
if str(runs.dtypes["seed"]) != "int64" or str(runs.dtypes["final_active_share"]) != "float64":
    failed += 1
    print("FAIL dtypes:", dict(runs.dtypes))
else:
    passed += 1

# --- example 2: a sweep's runs, the mean of each outcome per point (points.csv recomputed) --------------------------
sweep_runs = read_table(sweep_dir, "runs")
points = pd.read_csv(os.path.join(sweep_dir, "points.csv"))
for outcome in points.outcome.unique():
    by_point = sweep_runs.groupby("point")[outcome].agg(["count", "mean"])
    for _, p in points[points.outcome == outcome].iterrows():
        check(f"{outcome} n at point {p.point}", float(by_point.loc[p.point, "count"]), float(p.n))
        check(f"{outcome} mean at point {p.point}", by_point.loc[p.point, "mean"], p["mean"], 1e-9)

print(f"notebook examples checked: {passed} of {passed + failed} agree with community-sim")
sys.exit(1 if failed else 0)
