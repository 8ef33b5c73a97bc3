class Codec:
    """Each string as its length, a "#", then the string itself: the length says where the
    string ends, so the string may hold any character, "#" and digits included."""

    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(text)}#{text}" for text in strs)

    def decode(self, s: str) -> List[str]:
        strs, index = [], 0
        while index < len(s):
            mark = s.index("#", index)
            end = mark + 1 + int(s[index:mark])
            strs.append(s[mark + 1 : end])
            index = end
        return strs
