class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # Look at the front of every list to find the smallest one, for every node taken.
        heads = list(lists)
        dummy = tail = ListNode()
        while True:
            best = -1
            for index, node in enumerate(heads):
                if node is not None and (best < 0 or node.val < heads[best].val):
                    best = index
            if best < 0:
                return dummy.next
            tail.next = tail = heads[best]
            heads[best] = heads[best].next
