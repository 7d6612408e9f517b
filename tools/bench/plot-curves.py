#!/usr/bin/env python3
"""Draws make bench's curves from BENCH_DIR/*.json as PNG plots with gnuplot:
fanout.png (one event to N subscribers, per dispatcher), startup.png (start-up and
RSS by events stored) and journeys.png (journeys a second and server CPU per journey). Prints where each went; without gnuplot it says so and stops."""
import glob, json, os, shutil, subprocess, sys

out = sys.argv[1] if len(sys.argv) > 1 else "build/bench"


def load(pattern):
    return [json.load(open(p)) for p in sorted(glob.glob(os.path.join(out, pattern)))]


def write_dat(name, header, rows):
    path = os.path.join(out, name)
    with open(path, "w") as f:
        f.write("# " + " ".join(header) + "\n")
        for row in rows:
            f.write(" ".join(str(v) for v in row) + "\n")
    return path


fanout = load("fanout-*.json")
startup = load("startup-*.json")
journeys = load("journeys-*.json")
plots = []
script = ['set terminal pngcairo size 900,560 font "DejaVu Sans,11"', "set grid", "set key top left"]
if fanout:
    for dispatcher in sorted({r["dispatcher"] for r in fanout}):
        rows = sorted((r["subscribers"], r["presso"]["p50"], r["presso"]["p99"], r["serverRssMb"])
                      for r in fanout if r["dispatcher"] == dispatcher)
        write_dat(f"fanout-{dispatcher}.dat", ["subscribers", "p50_ms", "p99_ms", "rss_mb"], rows)
    names = {"epoll": "epoll dispatcher", "qt": "Qt poll dispatcher"}
    lines = []
    for d in sorted({r["dispatcher"] for r in fanout}):
        dat = os.path.join(out, f"fanout-{d}.dat")
        lines.append(f"'{dat}' using 1:2 with linespoints title '{names.get(d, d)}, p50'")
        lines.append(f"'{dat}' using 1:3 with linespoints dashtype 2 title '{names.get(d, d)}, p99'")
    script += [f"set output '{os.path.join(out, 'fanout.png')}'",
               "set title 'One event to N subscribers: publish to the last receipt (P3, P7, P8)'",
               "set logscale xy", "set xlabel 'subscribers'", "set ylabel 'ms'",
               "plot " + ", ".join(lines), "unset logscale"]
    plots.append("fanout.png")
if startup:
    rows = sorted((r["events"], r["cleanStartMs"], r["afterKillStartMs"], r["serverRssMb"], r["fileMb"])
                  for r in startup)
    dat = write_dat("startup.dat", ["events", "clean_ms", "after_kill_ms", "rss_mb", "file_mb"], rows)
    script += [f"set output '{os.path.join(out, 'startup.png')}'",
               "set title 'Start-up and RSS by events stored (orders = events / 10; P6, P8)'",
               "set logscale x", "set xlabel 'events stored'", "set ylabel 'ms to listening'",
               "set y2label 'server RSS, MB'", "set y2tics", "set ytics nomirror",
               f"plot '{dat}' using 1:2 with linespoints title 'start after a clean stop', "
               f"'{dat}' using 1:3 with linespoints title 'start after SIGKILL (bounded check)', "
               f"'{dat}' using 1:4 axes x1y2 with linespoints dashtype 2 title 'RSS (right axis)'"]
    plots.append("startup.png")
if journeys:
    rows = sorted((r["journeys"], r["journeysPerSecond"], r["serverCpuMsPerJourney"], r["serverRssMb"])
                  for r in journeys)
    dat = write_dat("journeys.dat", ["journeys", "per_second", "server_cpu_ms", "rss_mb"], rows)
    script += [f"set output '{os.path.join(out, 'journeys.png')}'",
               "set title 'Full journeys a second and server CPU per journey, by journeys run (P1, P8)'",
               "set logscale x", "unset logscale y", "set key bottom left", "set xlabel 'journeys run'",
               "set ylabel 'journeys a second'", "set y2label 'server CPU per journey, ms'",
               "set y2tics", "set ytics nomirror", "set yrange [0:*]", "set y2range [0:*]",
               f"plot '{dat}' using 1:2 with linespoints title 'journeys a second', "
               f"'{dat}' using 1:3 axes x1y2 with linespoints dashtype 2 title 'server CPU per journey (right axis)'"]
    plots.append("journeys.png")
if not plots:
    sys.exit(f"no curves in {out}")
if not shutil.which("gnuplot"):
    sys.exit("gnuplot not found (tools/setup/install-deps.sh installs gnuplot-nox): data only")
subprocess.run(["gnuplot"], input="\n".join(script) + "\n", text=True, check=True)
for p in plots:
    print(f"plot: {os.path.join(out, p)}")
