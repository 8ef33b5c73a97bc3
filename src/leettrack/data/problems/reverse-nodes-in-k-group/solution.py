class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy  # the node just before the next group
        while True:
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            after = last.next
            previous, node = after, before.next
            while node is not after:
                node.next, previous, node = previous, node, node.next
            first = before.next
            before.next = last
            before = first
