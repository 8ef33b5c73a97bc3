class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # A heap of (value, list index, node): the index breaks ties, so nodes are never compared.
        heap = [(node.val, index, node) for index, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, index, node = heap[0]
            tail.next = tail = node
            if node.next is not None:
                heapq.heapreplace(heap, (node.next.val, index, node.next))
            else:
                heapq.heappop(heap)
        return dummy.next
