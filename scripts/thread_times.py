#!/usr/bin/env python3
"""Per-thread CPU of a `wortlaut process` run (issue 6): where the time goes between the
workers and the reader, writer, sync and main threads, and how long the workers sat idle.

    scripts/thread_times.py target/release/wortlaut process --quiet -j2 c45.jsonl -o out.jsonl

Samples /proc/PID/task/*/{stat,schedstat,status} every 20 ms until the command exits and
prints, per thread (by name): user and system CPU seconds, `run` (on a CPU), `rq-wait`
(runnable but waiting for a CPU: other load on the machine), `sleep` (blocked: the thread's
lifetime minus run and rq-wait, so for a worker, the time it had nothing to do) and its
voluntary context switches. On a shared machine wall time measures the load; these figures
move far less. The last sample is up to 20 ms before a thread ends, so short threads may
miss their last few milliseconds. Linux only.
"""
import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip())
        sys.exit(2)
    hz = os.sysconf("SC_CLK_TCK")
    t0 = time.monotonic()
    child = subprocess.Popen(sys.argv[1:])
    last, first_seen = {}, {}
    while child.poll() is None:
        try:
            tids = os.listdir(f"/proc/{child.pid}/task")
        except FileNotFoundError:
            break
        now = time.monotonic()
        for tid in tids:
            base = f"/proc/{child.pid}/task/{tid}"
            try:
                comm = open(f"{base}/comm").read().strip()
                stat = open(f"{base}/stat").read().rsplit(")", 1)[1].split()
                sched = open(f"{base}/schedstat").read().split()
                status = open(f"{base}/status").read()
            except (FileNotFoundError, ProcessLookupError):
                continue
            vcsw = int(status.split("\nvoluntary_ctxt_switches:")[1].split()[0])
            first_seen.setdefault(tid, now)
            last[tid] = (
                comm,
                int(stat[11]) / hz,
                int(stat[12]) / hz,
                int(sched[0]) / 1e9,
                int(sched[1]) / 1e9,
                now - first_seen[tid],
                vcsw,
            )
        time.sleep(0.02)
    child.wait()
    wall = time.monotonic() - t0
    total = [0.0, 0.0, 0.0, 0.0]
    for comm, user, sys_, run, wait, life, vcsw in sorted(last.values()):
        sleep = max(0.0, life - run - wait)
        print(
            f"{comm:16} user {user:6.2f} sys {sys_:5.2f} run {run:6.2f} "
            f"rq-wait {wait:6.2f} sleep {sleep:6.2f} life {life:6.2f} vcsw {vcsw}"
        )
        for i, x in enumerate((user, sys_, run, wait)):
            total[i] += x
    print(
        f"total            user {total[0]:6.2f} sys {total[1]:5.2f} run {total[2]:6.2f} "
        f"rq-wait {total[3]:6.2f} wall {wall:.2f} exit {child.returncode}"
    )
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
