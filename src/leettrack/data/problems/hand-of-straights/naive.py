class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        cards = list(hand)
        while cards:  # build one group at a time from the smallest card left
            smallest = min(cards)
            for card in range(smallest, smallest + groupSize):
                if card not in cards:
                    return False
                cards.remove(card)
        return True
