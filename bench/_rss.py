"""Run a command and print its peak RSS: ``python -I -S bench/_rss.py CMD...``.

Why a launcher: Linux keeps a process's peak RSS across ``exec``, and a child forked from
the (large) benchmark process starts with the parent's resident pages, so ``wait4`` in the
benchmark would report at least the benchmark's own size. Forked from this small
interpreter (no site, no imports beyond os/sys/json), the child's figure is its own, give
or take this launcher's few MiB. Prints ``{"rss_kib": N, "code": C}`` on the last stderr line.
"""

import json
import os
import sys

pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.stderr.write("\n" + json.dumps({"rss_kib": usage.ru_maxrss, "code": code}) + "\n")
sys.exit(code)
