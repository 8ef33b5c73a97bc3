name = input().strip()
if not name:
    name = "World"
print(f"Hello, {name}!")
