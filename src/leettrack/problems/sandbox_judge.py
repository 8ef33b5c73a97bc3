"""The judge, run INSIDE the sandbox after the learner's code (read as text by
``leettrack.problems.judge``; its names start with ``lt_`` so they do not clash with a
learner's). ``lt_run(*args)`` builds the arguments LeetCode would pass from plain JSON values
(a list becomes a ``ListNode`` chain, a level-order list a ``TreeNode``), calls the solution,
and turns what it returns back into plain values, put in canonical order where any order is
right and replaced by its SHA-256 when long, so that a large answer travels as a short one. The
host puts expected answers through the same ``lt_canonical`` and ``lt_compact``."""
# ruff: noqa: F821
# mypy: ignore-errors

import hashlib as lt_hashlib
import json as lt_json

LT_DIGEST_OVER = 2000  # characters of JSON
LT_MAX_NODES = 1_000_000  # a returned chain or tree longer than this has a cycle


def lt_key(value):
    return lt_json.dumps(value, sort_keys=True)


def lt_canonical(value: object, order: str) -> object:
    """``value`` in one order when ``order`` says any order is right: ``any`` sorts a list,
    ``any-nested`` sorts each inner list and then the outer one."""
    if order == "any-nested" and isinstance(value, list):
        value = [sorted(item, key=lt_key) if isinstance(item, list) else item for item in value]
    if order in ("any", "any-nested") and isinstance(value, list):
        return sorted(value, key=lt_key)
    return value


def lt_compact(value: object) -> object:
    """``value``, or ``{"sha256": ...}`` of its JSON when that is long."""
    text = lt_json.dumps(value, sort_keys=True, separators=(",", ":"))
    if len(text) <= LT_DIGEST_OVER:
        return value
    return {"sha256": lt_hashlib.sha256(text.encode()).hexdigest()}


def lt_plain(value):
    """What the solution returned as JSON values: tuples become lists, sets sorted lists."""

    def other(item):
        if isinstance(item, set | frozenset):
            return sorted(item, key=lt_key)
        raise TypeError(f"the answer holds a {type(item).__name__}, not plain data")

    return lt_json.loads(lt_json.dumps(value, default=other))


def lt_build_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def lt_list_values(head):
    values = []
    while head is not None:
        if len(values) == LT_MAX_NODES:
            raise ValueError("the returned linked list has a cycle")
        values.append(head.val)
        head = head.next
    return values


def lt_build_tree(values):
    """A tree from LeetCode's level order, ``None`` for a missing child."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    level, index = [root], 1
    while level and index < len(values):
        following = []
        for node in level:
            for side in ("left", "right"):
                if index < len(values) and values[index] is not None:
                    child = TreeNode(values[index])
                    setattr(node, side, child)
                    following.append(child)
                index += 1
        level = following
    return root


def lt_tree_values(root):
    """LeetCode's level order of a tree, trailing ``None`` trimmed."""
    values, level, seen = [], [root], 0
    while any(node is not None for node in level):
        following = []
        for node in level:
            values.append(None if node is None else node.val)
            if node is not None:
                seen += 1
                if seen > LT_MAX_NODES:
                    raise ValueError("the returned tree has a cycle")
                following += [node.left, node.right]
        level = following
    while values and values[-1] is None:
        values.pop()
    return values


LT_BUILD = {
    "ListNode": lt_build_list,
    "TreeNode": lt_build_tree,
    "ListNode[]": lambda lists: [lt_build_list(values) for values in lists],
}
LT_VALUES = {"ListNode": lt_list_values, "TreeNode": lt_tree_values}


def lt_same(value):
    return value


def lt_call(*args):
    """The default judge: Solution().<method>(*args) with arguments and answer converted."""
    spec = lt_spec
    built = [
        LT_BUILD.get(kind, lt_same)(arg) for kind, arg in zip(spec["types"], args, strict=True)
    ]
    answer = getattr(Solution(), spec["method"])(*built)
    if spec["inplace"] is not None:  # the answer is what the solution left in that argument
        changed = spec["inplace"]
        return LT_VALUES.get(spec["types"][changed], lt_same)(built[changed])
    return LT_VALUES.get(spec["returns"], lt_same)(answer)


def lt_design(operations, arguments):
    """LeetCode's design format: construct the class with the first arguments, then call each
    operation with its own; the answers, ``None`` for the constructor."""
    if not operations or operations[0] != lt_spec["class"]:
        raise ValueError("the first operation must construct the class")
    instance = globals()[lt_spec["class"]](*arguments[0])
    return [None] + [
        lt_snapshot(getattr(instance, name)(*values))
        for name, values in zip(operations[1:], arguments[1:], strict=True)
    ]


def lt_snapshot(value):
    """An operation's answer as it is now (a list the instance changes later is copied)."""
    return value if type(value) in LT_SCALARS else lt_plain(value)


LT_SCALARS = (int, float, str, bool, type(None))


def lt_encode(value):
    """A codec's first half: the encoded form of one value, as the codec returns it."""
    built = LT_BUILD.get(lt_spec["types"][0], lt_same)(value)
    return getattr(globals()[lt_spec["class"]](), lt_spec["codec"][0])(built)


def lt_decode(encoded):
    """A codec's second half, in another sandbox run than the first: the value decoded."""
    decoded = getattr(globals()[lt_spec["class"]](), lt_spec["codec"][1])(encoded)
    return lt_answer(LT_VALUES.get(lt_spec["types"][0], lt_same)(decoded))


def lt_run(*args):
    judge = lt_design if lt_spec["kind"] == "design" else lt_call
    if lt_spec["custom"]:
        judge = lt_judge  # the problem's own judge.py, appended after this module
    return lt_answer(judge(*args))


def lt_answer(value):
    """What goes back to the host: plain values in canonical order, long ones as a digest
    (not when numbers are compared approximately: a digest cannot be)."""
    value = lt_canonical(lt_plain(value), lt_spec["order"])
    return value if lt_spec["compare"] == "approx" else lt_compact(value)
