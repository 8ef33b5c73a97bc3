class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 is not None and list2 is not None:
            if list2.val < list1.val:
                list1, list2 = list2, list1
            tail.next, tail, list1 = list1, list1, list1.next
        tail.next = list1 if list1 is not None else list2
        return dummy.next
