#!/usr/bin/env python3
"""Pairs Google Benchmark JSON outputs of the same benchmarks on a file and on a server and
prints the medians side by side with the ratio server/file.
Usage: bench-ratios.py NAME=FILE.json:SERVER.json ..."""
import json
import sys


def medians(path):
    with open(path) as f:
        data = json.load(f)
    out = {}
    for b in data.get('benchmarks', []):
        if b.get('aggregate_name') == 'median' or ('aggregate_name' not in b and b.get('run_type') == 'iteration'):
            name = b.get('run_name', b['name']).replace('/iterations:', ' ×').split('/manual_time')[0]
            unit = b.get('time_unit', 'ns')
            scale = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1000.0}[unit]
            out.setdefault(name, b['real_time'] * scale)
    return out


rows = []
for arg in sys.argv[1:]:
    label, files = arg.split('=', 1)
    onfile, onserver = files.split(':')
    a, b = medians(onfile), medians(onserver)
    for name in a:
        if name in b:
            rows.append((label, name, a[name], b[name]))

print(f"{'benchmark':<58} {'file ms':>10} {'server ms':>10} {'server/file':>11}")
worst = 0.0
for label, name, f, s in rows:
    ratio = s / f if f > 0 else float('inf')
    worst = max(worst, ratio)
    print(f"{(label + ': ' + name)[:58]:<58} {f:>10.1f} {s:>10.1f} {ratio:>11.2f}")
print(f"largest ratio: {worst:.2f}")
