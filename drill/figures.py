"""The drill's printed figures: `[drill] step: text`, and which promises failed."""

FIGURES = []
FAILED = []


def report(step, text, ok=True):
    line = f"[drill] {step}: {text}" + ("" if ok else "  ← FAILED")
    FIGURES.append(line)
    if not ok:
        FAILED.append(line)
    print(line, flush=True)
