def lt_judge(operations, arguments):
    """LeetCode's design judge, with every median as a float: LeetCode accepts a median of 2
    for 2.0, while a long answer travels as a digest of its JSON, where 2 and 2.0 differ."""
    answers = lt_design(operations, arguments)
    return [float(answer) if type(answer) is int else answer for answer in answers]
