"""Recorded-shape data for the fake LeetCode server: problems, two users, a daily question.

Values are realistic (real slugs, titles, difficulties and tags; plausible rates and counts)
and shaped as leetcode.com returns them: camelCase keys, JSON encoded strings where LeetCode
sends strings (`stats`, `similarQuestions`, `submissionCalendar`), string timestamps.
"""

from __future__ import annotations

import base64
import json
import random
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

Json = dict[str, Any]

# frontend id, title, slug, difficulty, acceptance rate, paid only, tag slugs
PROBLEMS: list[tuple[int, str, str, str, float, bool, tuple[str, ...]]] = [
    (1, "Two Sum", "two-sum", "Easy", 55.2, False, ("array", "hash-table")),
    (2, "Add Two Numbers", "add-two-numbers", "Medium", 44.9, False,
     ("linked-list", "math", "recursion")),
    (3, "Longest Substring Without Repeating Characters",
     "longest-substring-without-repeating-characters", "Medium", 36.2, False,
     ("hash-table", "string", "sliding-window")),
    (4, "Median of Two Sorted Arrays", "median-of-two-sorted-arrays", "Hard", 41.9, False,
     ("array", "binary-search", "divide-and-conquer")),
    (5, "Longest Palindromic Substring", "longest-palindromic-substring", "Medium", 34.9, False,
     ("two-pointers", "string", "dynamic-programming")),
    (11, "Container With Most Water", "container-with-most-water", "Medium", 56.8, False,
     ("array", "two-pointers", "greedy")),
    (15, "3Sum", "3sum", "Medium", 36.4, False, ("array", "two-pointers", "sorting")),
    (20, "Valid Parentheses", "valid-parentheses", "Easy", 41.8, False, ("string", "stack")),
    (21, "Merge Two Sorted Lists", "merge-two-sorted-lists", "Easy", 66.3, False,
     ("linked-list", "recursion")),
    (23, "Merge k Sorted Lists", "merge-k-sorted-lists", "Hard", 54.9, False,
     ("linked-list", "divide-and-conquer", "heap-priority-queue", "merge-sort")),
    (33, "Search in Rotated Sorted Array", "search-in-rotated-sorted-array", "Medium", 42.4,
     False, ("array", "binary-search")),
    (42, "Trapping Rain Water", "trapping-rain-water", "Hard", 63.9, False,
     ("array", "two-pointers", "dynamic-programming", "stack", "monotonic-stack")),
    (49, "Group Anagrams", "group-anagrams", "Medium", 70.4, False,
     ("array", "hash-table", "string", "sorting")),
    (53, "Maximum Subarray", "maximum-subarray", "Medium", 51.7, False,
     ("array", "divide-and-conquer", "dynamic-programming")),
    (56, "Merge Intervals", "merge-intervals", "Medium", 48.9, False, ("array", "sorting")),
    (70, "Climbing Stairs", "climbing-stairs", "Easy", 53.5, False,
     ("math", "dynamic-programming", "memoization")),
    (76, "Minimum Window Substring", "minimum-window-substring", "Hard", 44.6, False,
     ("hash-table", "string", "sliding-window")),
    (98, "Validate Binary Search Tree", "validate-binary-search-tree", "Medium", 34.1, False,
     ("tree", "depth-first-search", "binary-search-tree", "binary-tree")),
    (104, "Maximum Depth of Binary Tree", "maximum-depth-of-binary-tree", "Easy", 76.6, False,
     ("tree", "depth-first-search", "breadth-first-search", "binary-tree")),
    (121, "Best Time to Buy and Sell Stock", "best-time-to-buy-and-sell-stock", "Easy", 54.7,
     False, ("array", "dynamic-programming")),
    (128, "Longest Consecutive Sequence", "longest-consecutive-sequence", "Medium", 47.0, False,
     ("array", "hash-table", "union-find")),
    (141, "Linked List Cycle", "linked-list-cycle", "Easy", 51.9, False,
     ("hash-table", "linked-list", "two-pointers")),
    (146, "LRU Cache", "lru-cache", "Medium", 44.3, False,
     ("hash-table", "linked-list", "design", "doubly-linked-list")),
    (200, "Number of Islands", "number-of-islands", "Medium", 62.3, False,
     ("array", "depth-first-search", "breadth-first-search", "union-find", "matrix")),
    (206, "Reverse Linked List", "reverse-linked-list", "Easy", 78.9, False,
     ("linked-list", "recursion")),
    (207, "Course Schedule", "course-schedule", "Medium", 48.9, False,
     ("depth-first-search", "breadth-first-search", "graph", "topological-sort")),
    (208, "Implement Trie (Prefix Tree)", "implement-trie-prefix-tree", "Medium", 67.9, False,
     ("hash-table", "string", "design", "trie")),
    (217, "Contains Duplicate", "contains-duplicate", "Easy", 62.4, False,
     ("array", "hash-table", "sorting")),
    (226, "Invert Binary Tree", "invert-binary-tree", "Easy", 78.7, False,
     ("tree", "depth-first-search", "breadth-first-search", "binary-tree")),
    (238, "Product of Array Except Self", "product-of-array-except-self", "Medium", 67.2, False,
     ("array", "prefix-sum")),
    (242, "Valid Anagram", "valid-anagram", "Easy", 65.9, False,
     ("hash-table", "string", "sorting")),
    (253, "Meeting Rooms II", "meeting-rooms-ii", "Medium", 51.4, True,
     ("array", "two-pointers", "greedy", "sorting", "heap-priority-queue", "prefix-sum")),
    (269, "Alien Dictionary", "alien-dictionary", "Hard", 36.4, True,
     ("array", "string", "depth-first-search", "breadth-first-search", "graph",
      "topological-sort")),
    (295, "Find Median from Data Stream", "find-median-from-data-stream", "Hard", 52.9, False,
     ("two-pointers", "design", "sorting", "heap-priority-queue", "data-stream")),
    (300, "Longest Increasing Subsequence", "longest-increasing-subsequence", "Medium", 56.6,
     False, ("array", "binary-search", "dynamic-programming")),
    (322, "Coin Change", "coin-change", "Medium", 45.9, False,
     ("array", "dynamic-programming", "breadth-first-search")),
    (347, "Top K Frequent Elements", "top-k-frequent-elements", "Medium", 63.9, False,
     ("array", "hash-table", "divide-and-conquer", "sorting", "heap-priority-queue",
      "bucket-sort", "counting", "quickselect")),
    (417, "Pacific Atlantic Water Flow", "pacific-atlantic-water-flow", "Medium", 56.0, False,
     ("array", "depth-first-search", "breadth-first-search", "matrix")),
    (424, "Longest Repeating Character Replacement", "longest-repeating-character-replacement",
     "Medium", 55.7, False, ("hash-table", "string", "sliding-window")),
    (572, "Subtree of Another Tree", "subtree-of-another-tree", "Easy", 49.3, False,
     ("tree", "depth-first-search", "string-matching", "binary-tree", "hash-function")),
    (1757, "Recyclable and Low Fat Products", "recyclable-and-low-fat-products", "Easy", 89.3,
     False, ("database",)),
]  # fmt: skip

# LeetCode's internal question ids differ from the frontend ids for newer problems.
_QUESTION_IDS = {1757: 1908}

_TAG_NAMES = {
    "hash-table": "Hash Table", "linked-list": "Linked List", "sliding-window": "Sliding Window",
    "binary-search": "Binary Search", "divide-and-conquer": "Divide and Conquer",
    "two-pointers": "Two Pointers", "dynamic-programming": "Dynamic Programming",
    "heap-priority-queue": "Heap (Priority Queue)", "merge-sort": "Merge Sort",
    "monotonic-stack": "Monotonic Stack", "binary-search-tree": "Binary Search Tree",
    "binary-tree": "Binary Tree", "depth-first-search": "Depth-First Search",
    "breadth-first-search": "Breadth-First Search", "union-find": "Union Find",
    "doubly-linked-list": "Doubly-Linked List", "topological-sort": "Topological Sort",
    "prefix-sum": "Prefix Sum", "data-stream": "Data Stream", "bucket-sort": "Bucket Sort",
    "string-matching": "String Matching", "hash-function": "Hash Function",
}  # fmt: skip

_TWO_SUM_CONTENT = (
    "<p>Given an array of integers <code>nums</code>&nbsp;and an integer <code>target</code>, "
    "return <em>indices of the two numbers such that they add up to <code>target</code></em>.</p>"
    "\n\n<p>You may assume that each input would have <strong><em>exactly</em> one solution"
    "</strong>, and you may not use the <em>same</em> element twice.</p>\n\n"
    "<p>You can return the answer in "
    'any order.</p>\n\n<p><strong class="example">Example 1:</strong></p>\n<pre>\n<strong>Input:'
    "</strong> nums = [2,7,11,15], target = 9\n<strong>Output:</strong> [0,1]\n</pre>\n"
)
_HINTS = {
    "two-sum": [
        "A really brute force way would be to search for all possible pairs of numbers but that "
        "would be too slow. Again, it's best to try out brute force solutions for just for "
        "completeness. It is from these brute force solutions that you can come up with "
        "optimizations.",
        "So, if we fix one of the numbers, say <code>x</code>, we have to scan the entire array "
        "to find the next number <code>y</code> which is <code>value - x</code> where value is "
        "the input parameter. Can we change our array somehow so that this search becomes faster?",
        "The second train of thought is, without changing the array, can we use additional space "
        "somehow? Like maybe a hash map to speed up the search?",
    ],
}
_SIMILAR = {
    "two-sum": ["3sum", "group-anagrams", "contains-duplicate"],
    "3sum": ["two-sum", "container-with-most-water"],
    "number-of-islands": ["pacific-atlantic-water-flow", "course-schedule"],
}


def tag_name(slug: str) -> str:
    return _TAG_NAMES.get(slug) or slug.replace("-", " ").title()


def _tag(slug: str) -> Json:
    """A TopicTagNode; LeetCode's ids are relay ids (base64 of "TopicTagNode:<n>")."""
    number = sum(ord(c) for c in slug) % 997
    relay_id = base64.b64encode(f"TopicTagNode:{number}".encode()).decode()
    return {"id": relay_id, "name": tag_name(slug), "slug": slug, "translatedName": None}


def _method_name(slug: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", slug) if w]
    head, *rest = words
    return head + "".join(w.title() for w in rest)


def _snippets(slug: str) -> list[Json]:
    if slug == "recyclable-and-low-fat-products":
        code = "# Write your MySQL query statement below\n"
        return [{"lang": "MySQL", "langSlug": "mysql", "code": code}]
    method = _method_name(slug)
    return [
        {"lang": "C++", "langSlug": "cpp",
         "code": f"class Solution {{\npublic:\n    int {method}() {{\n        \n    }}\n}};"},
        {"lang": "Java", "langSlug": "java",
         "code": f"class Solution {{\n    public int {method}() {{\n        \n    }}\n}}"},
        {"lang": "Python3", "langSlug": "python3",
         "code": f"class Solution:\n    def {method}(self) -> int:\n        "},
    ]  # fmt: skip


def _stats(ac_rate: float, frontend_id: int) -> str:
    submissions = 9_000_000 // frontend_id + 40_000
    accepted = int(submissions * ac_rate / 100)
    return json.dumps(
        {
            "totalAccepted": f"{accepted / 1000:.1f}K",
            "totalSubmission": f"{submissions / 1000:.1f}K",
            "totalAcceptedRaw": accepted,
            "totalSubmissionRaw": submissions,
            "acRate": f"{ac_rate}%",
        }
    )


def _question(row: tuple[int, str, str, str, float, bool, tuple[str, ...]]) -> Json:
    frontend_id, title, slug, difficulty, ac_rate, paid, tags = row
    similar = [
        {"title": BY_SLUG_TITLE[s][0], "titleSlug": s, "difficulty": BY_SLUG_TITLE[s][1],
         "translatedTitle": None}
        for s in _SIMILAR.get(slug, [])
    ]  # fmt: skip
    content = (
        _TWO_SUM_CONTENT
        if slug == "two-sum"
        else f"<p>Solve <strong>{title}</strong>.</p>\n\n<p><strong>Constraints:</strong></p>\n"
        f"<ul>\n\t<li><code>1 &lt;= n &lt;= 10<sup>5</sup></code></li>\n</ul>\n"
    )
    return {
        "questionId": str(_QUESTION_IDS.get(frontend_id, frontend_id)),
        "questionFrontendId": str(frontend_id),
        "boundTopicId": None,
        "title": title,
        "titleSlug": slug,
        "content": None if paid else content,
        "translatedTitle": None,
        "translatedContent": None,
        "isPaidOnly": paid,
        "difficulty": difficulty,
        "likes": 10_000 + frontend_id * 7,
        "dislikes": 100 + frontend_id,
        "isLiked": None,
        "similarQuestions": json.dumps(similar),
        "exampleTestcases": "[2,7,11,15]\n9" if slug == "two-sum" else "",
        "categoryTitle": "Database" if "database" in tags else "Algorithms",
        "topicTags": [_tag(t) for t in tags],
        "codeSnippets": None if paid else _snippets(slug),
        "stats": _stats(ac_rate, frontend_id),
        "hints": _HINTS.get(slug, []),
        "status": None,
        "sampleTestCase": "[2,7,11,15]\n9" if slug == "two-sum" else "",
        "metaData": json.dumps({"name": _method_name(slug)}),
        "acRate": ac_rate,
        "freqBar": None,
        "isFavor": False,
        "hasSolution": True,
        "hasVideoSolution": frontend_id < 100,
    }


BY_SLUG_TITLE = {row[2]: (row[1], row[3]) for row in PROBLEMS}
QUESTIONS: dict[str, Json] = {row[2]: _question(row) for row in PROBLEMS}
DAILY_SLUG = "container-with-most-water"


def filter_questions(filters: Json | None) -> list[Json]:
    """questionList's filtering: difficulty (EASY/MEDIUM/HARD), all tags, keyword or id."""
    filters = filters or {}
    difficulty = (filters.get("difficulty") or "").upper()
    tags = set(filters.get("tags") or [])
    keyword = (filters.get("searchKeywords") or "").strip().lower()
    selected = []
    for question in QUESTIONS.values():
        if difficulty and question["difficulty"].upper() != difficulty:
            continue
        if tags and not tags <= {t["slug"] for t in question["topicTags"]}:
            continue
        if (
            keyword
            and keyword not in question["title"].lower()
            and (keyword != question["questionFrontendId"])
        ):
            continue
        selected.append(question)
    return selected


def listed_v2(question: Json) -> Json:
    """A question as problemsetQuestionListV2 lists it: upper-case difficulty, `paidOnly`, and
    the acceptance rate as a fraction."""
    return {
        "id": int(question["questionId"]),
        "titleSlug": question["titleSlug"],
        "title": question["title"],
        "questionFrontendId": question["questionFrontendId"],
        "paidOnly": question["isPaidOnly"],
        "difficulty": question["difficulty"].upper(),
        "topicTags": question["topicTags"],
        "acRate": question["acRate"] / 100,
        "status": None,
        "frequency": None,
    }


def all_questions_count() -> list[Json]:
    counts = {"All": len(QUESTIONS), "Easy": 0, "Medium": 0, "Hard": 0}
    for question in QUESTIONS.values():
        counts[question["difficulty"]] += 1
    return [{"difficulty": k, "count": v} for k, v in counts.items()]


# --- users -----------------------------------------------------------------------------------


def _midnight(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _calendar(seed: int, days: int, density: float) -> dict[int, int]:
    """Per-UTC-day submission counts over the last `days` days (deterministic per user)."""
    rng = random.Random(seed)
    today = datetime.now(UTC).date()
    return {
        _midnight(today - timedelta(days=offset)): rng.randint(1, 12)
        for offset in range(days)
        if rng.random() < density
    }


def _difficulty_counts(all_: tuple[int, int], easy: tuple[int, int], medium: tuple[int, int],
                       hard: tuple[int, int]) -> list[Json]:  # fmt: skip
    rows = zip(("All", "Easy", "Medium", "Hard"), (all_, easy, medium, hard), strict=True)
    return [{"difficulty": d, "count": c, "submissions": s} for d, (c, s) in rows]


def _user(
    username: str,
    real_name: str,
    ranking: int,
    reputation: int,
    solved: list[Json],
    attempted: list[Json],
    languages: list[tuple[str, int]],
    calendar: dict[int, int],
    skills: dict[str, list[tuple[str, int]]],
) -> Json:
    def user_calendar(_info: object, year: int | None = None) -> Json:
        years = sorted({datetime.fromtimestamp(ts, UTC).year for ts in calendar}, reverse=True)
        in_year = {
            ts: n
            for ts, n in calendar.items()
            if year is None or datetime.fromtimestamp(ts, UTC).year == year
        }
        return {
            "activeYears": years,
            "streak": _longest_streak(in_year),
            "totalActiveDays": len(in_year),
            "submissionCalendar": json.dumps({str(ts): n for ts, n in sorted(in_year.items())}),
            "dccBadges": [],
        }

    return {
        "username": username,
        "githubUrl": None,
        "twitterUrl": None,
        "linkedinUrl": None,
        "profile": {
            "userSlug": username,
            "realName": real_name,
            "aboutMe": "",
            "userAvatar": f"https://assets.leetcode.com/users/{username}/avatar_1690000000.png",
            "countryName": None,
            "company": None,
            "jobTitle": None,
            "school": None,
            "websites": [],
            "skillTags": [],
            "ranking": ranking,
            "reputation": reputation,
            "starRating": 2.5,
            "postViewCount": 0,
            "solutionCount": 0,
        },
        "submitStats": {"acSubmissionNum": solved, "totalSubmissionNum": attempted},
        "submitStatsGlobal": {"acSubmissionNum": solved, "totalSubmissionNum": attempted},
        # the last year only, as LeetCode sends it
        "submissionCalendar": json.dumps({str(ts): n for ts, n in sorted(calendar.items())[-366:]}),
        "userCalendar": user_calendar,
        "languageProblemCount": [
            {"languageName": name, "problemsSolved": n} for name, n in languages
        ],
        "tagProblemCounts": {
            level: [
                {"tagName": tag_name(slug), "tagSlug": slug, "problemsSolved": n}
                for slug, n in rows
            ]
            for level, rows in skills.items()
        },
    }


def _longest_streak(calendar: dict[int, int]) -> int:
    best = run = 0
    previous: int | None = None
    for ts in sorted(calendar):
        run = run + 1 if previous is not None and ts - previous == 86400 else 1
        best = max(best, run)
        previous = ts
    return best


def _ac_submissions(seed: int, count: int) -> list[Json]:
    rng = random.Random(seed)
    now = int(datetime.now(UTC).timestamp())
    slugs = [row[2] for row in PROBLEMS if not row[5]]
    rng.shuffle(slugs)
    return [
        {
            "id": str(1_300_000_000 - seed * 1000 - i * 37),
            "title": QUESTIONS[slug]["title"],
            "titleSlug": slug,
            "timestamp": str(now - 3600 * (i * 9 + 2)),
            "statusDisplay": "Accepted",
            "lang": rng.choice(["python3", "python3", "cpp", "java"]),
        }
        for i, slug in enumerate(slugs[:count])
    ]


ACTIVE_USER = "lt_alice"
NEW_USER = "bob-builder"

USERS: dict[str, Json] = {
    ACTIVE_USER: _user(
        ACTIVE_USER,
        "Alice Example",
        ranking=12_345,
        reputation=42,
        solved=_difficulty_counts((312, 540), (120, 170), (160, 300), (32, 70)),
        attempted=_difficulty_counts((350, 900), (128, 260), (182, 480), (40, 160)),
        languages=[("Python3", 250), ("C++", 80), ("MySQL", 12)],
        calendar=_calendar(seed=7, days=500, density=0.6),
        skills={
            "advanced": [("dynamic-programming", 60), ("backtracking", 18), ("trie", 6)],
            "intermediate": [("hash-table", 110), ("tree", 48), ("depth-first-search", 52)],
            "fundamental": [("array", 190), ("string", 96), ("sorting", 44)],
        },
    ),
    NEW_USER: _user(
        NEW_USER,
        "",
        ranking=4_801_337,
        reputation=0,
        solved=_difficulty_counts((3, 5), (3, 5), (0, 0), (0, 0)),
        attempted=_difficulty_counts((4, 9), (3, 7), (1, 2), (0, 0)),
        languages=[("Python3", 3)],
        calendar=_calendar(seed=11, days=30, density=0.2),
        skills={"advanced": [], "intermediate": [], "fundamental": [("array", 3)]},
    ),
}

AC_SUBMISSIONS: dict[str, list[Json]] = {
    ACTIVE_USER: _ac_submissions(seed=7, count=20),
    NEW_USER: _ac_submissions(seed=11, count=3),
}


def _history(entries: list[tuple[str, int, bool, float, int, int]]) -> list[Json]:
    rows, previous = [], 1500.0
    for title, start, attended, rating, ranking, solved in entries:
        trend = "NONE" if not attended else ("UP" if rating >= previous else "DOWN")
        rows.append(
            {
                "attended": attended,
                "trendDirection": trend,
                "problemsSolved": solved,
                "totalProblems": 4,
                "finishTimeInSeconds": 2700 + solved * 611 if attended else 0,
                "rating": rating,
                "ranking": ranking,
                "contest": {"title": title, "startTime": start},
            }
        )
        previous = rating
    return rows


CONTESTS: dict[str, tuple[Json | None, list[Json]]] = {
    ACTIVE_USER: (
        {
            "attendedContestsCount": 3,
            "rating": 1876.318,
            "globalRanking": 20_314,
            "totalParticipants": 612_345,
            "topPercentage": 7.91,
            "badge": {"name": "Knight", "icon": "/static/images/badge/knight.png"},
        },
        _history(
            [
                ("Weekly Contest 410", 1722738600, True, 1587.203, 6_104, 3),
                ("Biweekly Contest 137", 1723300200, False, 1587.203, 0, 0),
                ("Weekly Contest 412", 1723948200, True, 1721.884, 2_377, 4),
                ("Weekly Contest 413", 1724553000, True, 1876.318, 1_204, 4),
            ]
        ),
    ),
    NEW_USER: (None, []),
}


def daily() -> Json:
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "userStatus": "NotStart",
        "link": f"/problems/{DAILY_SLUG}/",
        "question": QUESTIONS[DAILY_SLUG],
    }
