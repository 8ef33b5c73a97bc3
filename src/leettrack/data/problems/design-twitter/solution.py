class Twitter:
    FEED_SIZE = 10

    def __init__(self):
        self.time = 0
        self.tweets: dict[int, list[tuple[int, int]]] = defaultdict(list)  # (time, tweetId)
        self.following: dict[int, set[int]] = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets[userId].append((self.time, tweetId))
        self.time += 1

    def getNewsFeed(self, userId: int) -> List[int]:
        # Merge the users' timelines from their newest tweets backwards.
        heap = []
        for user in self.following[userId] | {userId}:
            timeline = self.tweets.get(user)
            if timeline:
                index = len(timeline) - 1
                heap.append((-timeline[index][0], timeline[index][1], user, index))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < self.FEED_SIZE:
            _, tweet, user, index = heapq.heappop(heap)
            feed.append(tweet)
            if index > 0:
                moment, earlier = self.tweets[user][index - 1]
                heapq.heappush(heap, (-moment, earlier, user, index - 1))
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
