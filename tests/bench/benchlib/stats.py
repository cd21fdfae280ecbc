"""Summaries of repeated measurements: median, min, max."""
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    high: float
    n: int

    @staticmethod
    def of(values):
        values = sorted(v for v in values if v is not None)
        if not values:
            return None
        return Summary(statistics.median(values), values[0], values[-1], len(values))


def summarize(samples, field):
    """Summary of samples[i][field] over the samples (dicts) that have the field."""
    return Summary.of([s[field] for s in samples if isinstance(s.get(field), (int, float))])
