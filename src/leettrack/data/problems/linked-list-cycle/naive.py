class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        visited = []
        node = head
        while node is not None:
            for earlier in visited:
                if earlier is node:
                    return True
            visited.append(node)
            node = node.next
        return False
