class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for card in sorted(count):
            starting = count[card]  # the smallest card left must start this many groups
            if starting:
                for following in range(card, card + groupSize):
                    if count[following] < starting:
                        return False
                    count[following] -= starting
        return True
