class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """
        Do not return anything, modify head in-place instead.
        """
        # Repeatedly walk to the last node and move it right after the current one.
        current = head
        while current.next is not None and current.next.next is not None:
            before_last = current
            while before_last.next.next is not None:
                before_last = before_last.next
            last, before_last.next = before_last.next, None
            last.next, current.next = current.next, last
            current = last.next
