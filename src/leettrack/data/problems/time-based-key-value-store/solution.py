class TimeMap:
    def __init__(self):
        self.times: dict[str, list[int]] = defaultdict(list)
        self.values: dict[str, list[str]] = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)  # timestamps only increase: the lists stay sorted
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        position = bisect_right(self.times.get(key, []), timestamp)
        return self.values[key][position - 1] if position else ""
