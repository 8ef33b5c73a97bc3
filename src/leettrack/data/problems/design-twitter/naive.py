class Twitter:
    def __init__(self):
        self.posts = []  # (userId, tweetId), oldest first
        self.following = {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        wanted = self.following.get(userId, set()) | {userId}
        feed = []
        for user, tweet in reversed(self.posts):
            if user in wanted:
                feed.append(tweet)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following.setdefault(followerId, set()).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following.get(followerId, set()).discard(followeeId)
