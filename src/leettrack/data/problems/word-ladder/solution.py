class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        # Words one letter apart share a pattern with that letter blanked out: "h*t".
        patterns: dict[str, list[str]] = defaultdict(list)
        for word in wordList:
            for i in range(len(word)):
                patterns[word[:i] + "*" + word[i + 1 :]].append(word)
        seen = {beginWord}
        level, length = [beginWord], 1
        while level:
            following = []
            for word in level:
                if word == endWord:
                    return length
                for i in range(len(word)):
                    pattern = word[:i] + "*" + word[i + 1 :]
                    for neighbour in patterns.pop(pattern, ()):  # each pattern used once
                        if neighbour not in seen:
                            seen.add(neighbour)
                            following.append(neighbour)
            level, length = following, length + 1
        return 0
