class TodoList:
    """Tasks with ids, each pending or done."""

    def __init__(self) -> None:
        self._titles: list[str] = []

    def add(self, title: str) -> int:
        self._titles.append(title)
        return len(self._titles)

    def complete(self, task_id: int) -> None:
        pass

    def remove(self, task_id: int) -> None:
        pass

    def pending(self) -> list[str]:
        return self._titles

    def done(self) -> list[str]:
        return []

    def __len__(self) -> int:
        return len(self._titles)

    def __str__(self) -> str:
        return ""
