"""What a LeetCode Python 3 solution may use without importing it, run INSIDE the sandbox
before the learner's code: the usual modules and names, and the ``ListNode``, ``TreeNode`` and
``Node`` classes as LeetCode's templates define them. Read as text by ``leettrack.problems.judge``
(the sandbox cannot import this package)."""
# ruff: noqa: F401, F403
# mypy: ignore-errors

import bisect
import collections
import functools
import heapq
import itertools
import math
import operator
import re
import string
import sys
from bisect import *
from collections import *
from functools import *
from heapq import *
from itertools import *
from typing import *

sys.setrecursionlimit(100_000)


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Node:
    """A graph's vertex, as in Clone Graph."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []
