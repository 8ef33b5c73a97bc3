class Solution:
    def alienOrder(self, words: List[str]) -> str:
        later = {letter: set() for word in words for letter in word}
        earlier_count = {letter: 0 for letter in later}
        for first, second in zip(words, words[1:]):
            for a, b in zip(first, second):
                if a != b:
                    if b not in later[a]:
                        later[a].add(b)
                        earlier_count[b] += 1
                    break
            else:
                if len(first) > len(second):
                    return ""  # a word comes before its own prefix
        ready = deque(letter for letter, count in earlier_count.items() if count == 0)
        order = []
        while ready:
            letter = ready.popleft()
            order.append(letter)
            for following in later[letter]:
                earlier_count[following] -= 1
                if earlier_count[following] == 0:
                    ready.append(following)
        return "".join(order) if len(order) == len(later) else ""
