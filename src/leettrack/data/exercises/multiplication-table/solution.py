text = input().strip()
if not text.isdecimal() or not 1 <= int(text) <= 20:
    print("Please enter a whole number from 1 to 20.")
else:
    n = int(text)
    width = len(str(n * n))
    for row in range(1, n + 1):
        print(" ".join(f"{row * column:>{width}}" for column in range(1, n + 1)))
