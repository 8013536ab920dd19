#!/usr/bin/env python3
"""Where a `wortlaut process` run leaves a core without work (issue 6), from `perf sched`.

    perf sched record -o sched.data -- target/release/wortlaut process --quiet -j2 c45.jsonl -o out.jsonl
    scripts/sched_idle.py sched.data [CPUS]

Follows the wake-ups and switches of the run's threads and integrates, over time, how far the
number of them that could run (on a CPU or waiting for one) fell short of CPUS (default 2):
core time that no thread of the run could use. This does not depend on other load the way
wall time does. Prints the total, the intervals that lost at least 1 ms with the threads that
could run and the state each other thread was left in (S sleeping, D uninterruptible, e.g.
waiting for the disk), so that a stall can be traced to its cause (for a stack, record
`perf record -e sched:sched_switch -g` instead). Linux only; needs perf.
"""
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip())
        sys.exit(2)
    data = sys.argv[1]
    cpus = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    out = subprocess.run(
        ["perf", "script", "-i", data, "-F", "comm,tid,pid,time,event,trace"],
        capture_output=True, text=True, check=True,
    ).stdout
    events = []
    pid = None
    for line in out.splitlines():
        m = re.match(r"\s*(.*?)\s+(\d+)/(\d+)\s+([\d.]+):\s+sched:(\w+):\s+(.*)", line)
        if not m:
            continue
        comm, p, tid, t, ev, trace = m.groups()
        if pid is None and comm.startswith("wortlaut-"):
            pid = int(p)
        events.append((float(t), int(p), int(tid), ev, trace))
    if pid is None:
        sys.exit("no wortlaut thread in the recording")
    ours = {tid for _, p, tid, _, _ in events if p == pid} | {pid}
    runnable, left, names, changes = {}, {}, {}, []
    start = end = None
    for t, p, tid, ev, trace in events:
        changed = False
        if ev in ("sched_wakeup", "sched_wakeup_new", "sched_waking"):
            m = re.search(r"comm=(.*?) pid=(\d+)", trace)
            woken = int(m.group(2))
            if woken in ours and not runnable.get(woken):
                runnable[woken] = changed = True
                names[woken] = m.group(1)
        elif ev == "sched_switch":
            m = re.search(
                r"prev_comm=(.*?) prev_pid=(\d+) .*?prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)",
                trace,
            )
            prev, state, nxt = int(m.group(2)), m.group(3), int(m.group(5))
            if prev in ours:
                names[prev] = m.group(1)
                left[prev] = state
                r = state.startswith("R")
                if runnable.get(prev) != r:
                    runnable[prev] = r
                    changed = True
            if nxt in ours:
                names[nxt] = m.group(4)
                if not runnable.get(nxt):
                    runnable[nxt] = changed = True
        if tid in ours or changed:
            start = t if start is None else start
            end = t
        if changed:
            up = [k for k, v in runnable.items() if v]
            down = [f"{names.get(k, k)}:{left.get(k, '?')}" for k, v in runnable.items() if not v]
            changes.append((t, len(up), ", ".join(names.get(k, str(k)) for k in up), " ".join(down)))
    lost_total = 0.0
    rows = []
    for (t, n, up, down), (t_next, *_) in zip(changes, changes[1:]):
        lost = max(0, cpus - n) * (t_next - t)
        lost_total += lost
        if lost >= 0.001:
            rows.append(f"  {t - start:8.4f} s  +{(t_next - t) * 1000:6.1f} ms  runnable: {up or '-'} | {down}")
    print(f"run {end - start:.3f} s; core time no thread of the run could use: {lost_total:.3f} s")
    print("intervals losing at least 1 ms:")
    print("\n".join(rows) if rows else "  none")


if __name__ == "__main__":
    main()
