"""One line on the terminal that says how far the seeding is: count, rate, time left.

    progress = Progress(total=15_300, stream=sys.stderr)
    progress.advance(300, "stories")   # 300/15300 pages · stories · 410/s · 36 s left
    progress.close()

Rewritten in place with a carriage return; `enabled=False` (`--quiet`, `-v 0`)
writes nothing.
"""

import time


def duration(seconds):
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


class Progress:
    def __init__(self, total, stream, enabled=True, clock=time.monotonic):
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.clock = clock
        self.started = clock()
        self.done = 0
        self.width = 0

    def line(self, label):
        elapsed = self.clock() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate else 0
        percent = 100 * self.done / self.total if self.total else 100
        return (
            f"{self.done}/{self.total} pages ({percent:.0f} %) · {label} · "
            f"{rate:.0f}/s · {duration(left)} left"
        )

    def advance(self, count, label=""):
        self.done += count
        if not self.enabled:
            return
        text = self.line(label)
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self):
        if self.enabled and self.width:
            self.stream.write("\n")
            self.stream.flush()
