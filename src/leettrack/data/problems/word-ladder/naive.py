class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Builds the graph by comparing every pair of words: O(n^2 * L).
        words = [beginWord] + [word for word in wordList if word != beginWord]
        neighbours: list[list[int]] = [[] for _ in words]
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                if sum(a != b for a, b in zip(words[i], words[j])) == 1:
                    neighbours[i].append(j)
                    neighbours[j].append(i)
        distance = {0: 1}
        queue = deque([0])
        while queue:
            current = queue.popleft()
            if words[current] == endWord:
                return distance[current]
            for other in neighbours[current]:
                if other not in distance:
                    distance[other] = distance[current] + 1
                    queue.append(other)
        return 0
