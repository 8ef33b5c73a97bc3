class TimeMap:
    def __init__(self):
        self.history: dict[str, list[tuple[int, str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        found = ""
        for time, value in self.history.get(key, []):
            if time <= timestamp:
                found = value
        return found
