class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """
        Do not return anything, modify head in-place instead.
        """
        # Find the middle, reverse the second half, then interleave the two halves.
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        previous = None
        while second is not None:
            second.next, previous, second = previous, second, second.next
        first, second = head, previous
        while second is not None:
            first.next, first = second, first.next
            second.next, second = first, second.next
