"""The GraphQL documents sent to LeetCode, all in one place.

Field and argument names are LeetCode's own (as used by its web app and the public clients).
Variables are declared with the strictest types (`String!`, `Int!`) so they fit LeetCode's
arguments whether those are nullable or not. No fragments: they would tie the documents to
LeetCode's internal type names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    query: str


_QUESTION_FIELDS = """
    questionId
    questionFrontendId
    title
    titleSlug
    content
    isPaidOnly
    difficulty
    stats
    hints
    similarQuestions
    topicTags { name slug }
    codeSnippets { lang langSlug code }
"""

DAILY_QUESTION = Operation(
    "questionOfToday",
    """
query questionOfToday {
  activeDailyCodingChallengeQuestion {
    date
    link
    question {"""
    + _QUESTION_FIELDS
    + """}
  }
}
""",
)

QUESTION = Operation(
    "questionData",
    """
query questionData($titleSlug: String!) {
  question(titleSlug: $titleSlug) {"""
    + _QUESTION_FIELDS
    + """}
}
""",
)

PROBLEM_LIST = Operation(
    "problemsetQuestionList",
    """
query problemsetQuestionList(
  $categorySlug: String
  $limit: Int
  $skip: Int
  $filters: QuestionListFilterInput
) {
  problemsetQuestionList: questionList(
    categorySlug: $categorySlug
    limit: $limit
    skip: $skip
    filters: $filters
  ) {
    total: totalNum
    questions: data {
      questionFrontendId
      title
      titleSlug
      difficulty
      acRate
      isPaidOnly
      topicTags { name slug }
    }
  }
}
""",
)

# The list leetcode.com's own web app reads now; aliased so that its answer has the keys of the
# one above (see docs/LEETCODE.md), but for the scale of acRate (a fraction) and the upper-case
# difficulty, which normalize.problem_page reads either way.
PROBLEM_LIST_V2 = Operation(
    "problemsetQuestionListV2",
    """
query problemsetQuestionListV2(
  $categorySlug: String
  $limit: Int
  $skip: Int
  $searchKeyword: String
  $filters: QuestionFilterInput
) {
  problemsetQuestionList: problemsetQuestionListV2(
    categorySlug: $categorySlug
    limit: $limit
    skip: $skip
    searchKeyword: $searchKeyword
    filters: $filters
  ) {
    total: totalLength
    questions {
      questionFrontendId
      title
      titleSlug
      difficulty
      acRate
      isPaidOnly: paidOnly
      topicTags { name slug }
    }
  }
}
""",
)
PROBLEM_LISTS = {operation.name: operation for operation in (PROBLEM_LIST, PROBLEM_LIST_V2)}

_SUBMISSION_FIELDS = "id title titleSlug timestamp lang"

USER_PROFILE = Operation(
    "userProfile",
    """
query userProfile($username: String!, $recentLimit: Int!) {
  allQuestionsCount { difficulty count }
  matchedUser(username: $username) {
    username
    profile { realName userAvatar ranking reputation }
    submitStats {
      acSubmissionNum { difficulty count submissions }
      totalSubmissionNum { difficulty count submissions }
    }
    submissionCalendar
    languageProblemCount { languageName problemsSolved }
    tagProblemCounts {
      advanced { tagName tagSlug problemsSolved }
      intermediate { tagName tagSlug problemsSolved }
      fundamental { tagName tagSlug problemsSolved }
    }
  }
  recentAcSubmissionList(username: $username, limit: $recentLimit) { """
    + _SUBMISSION_FIELDS
    + """ }
}
""",
)

USER_CALENDAR = Operation(
    "userProfileCalendar",
    """
query userProfileCalendar($username: String!, $year: Int) {
  matchedUser(username: $username) {
    userCalendar(year: $year) {
      activeYears
      streak
      totalActiveDays
      submissionCalendar
    }
  }
}
""",
)

# `matchedUser` rides along so that an unknown user is told apart from one with no submissions.
RECENT_AC_SUBMISSIONS = Operation(
    "recentAcSubmissions",
    """
query recentAcSubmissions($username: String!, $limit: Int!) {
  matchedUser(username: $username) { username }
  recentAcSubmissionList(username: $username, limit: $limit) { """
    + _SUBMISSION_FIELDS
    + """ }
}
""",
)

USER_CONTEST = Operation(
    "userContestRankingInfo",
    """
query userContestRankingInfo($username: String!) {
  matchedUser(username: $username) { username }
  userContestRanking(username: $username) {
    attendedContestsCount
    rating
    globalRanking
    totalParticipants
    topPercentage
    badge { name }
  }
  userContestRankingHistory(username: $username) {
    attended
    trendDirection
    problemsSolved
    totalProblems
    finishTimeInSeconds
    rating
    ranking
    contest { title startTime }
  }
}
""",
)

ALL_OPERATIONS = (
    DAILY_QUESTION,
    QUESTION,
    PROBLEM_LIST,
    PROBLEM_LIST_V2,
    USER_PROFILE,
    USER_CALENDAR,
    RECENT_AC_SUBMISSIONS,
    USER_CONTEST,
)
