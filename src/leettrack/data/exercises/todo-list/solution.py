class TodoList:
    """Tasks with ids, each pending or done."""

    def __init__(self) -> None:
        self._tasks: dict[int, dict] = {}
        self._next_id = 1

    def add(self, title: str) -> int:
        title = title.strip()
        if not title:
            raise ValueError("a task needs a title")
        task_id = self._next_id
        self._tasks[task_id] = {"title": title, "done": False}
        self._next_id += 1
        return task_id

    def complete(self, task_id: int) -> None:
        self._tasks[task_id]["done"] = True

    def remove(self, task_id: int) -> None:
        del self._tasks[task_id]

    def pending(self) -> list[str]:
        return [task["title"] for task in self._tasks.values() if not task["done"]]

    def done(self) -> list[str]:
        return [task["title"] for task in self._tasks.values() if task["done"]]

    def __len__(self) -> int:
        return len(self._tasks)

    def __str__(self) -> str:
        return "\n".join(
            f"[{'x' if task['done'] else ' '}] {task['title']}" for task in self._tasks.values()
        )
