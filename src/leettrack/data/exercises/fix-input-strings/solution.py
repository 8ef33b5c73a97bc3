first = int(input())
second = int(input())
total = first + second
print(f"Sum: {total}")
average = total / 2
print(f"Average: {average:.1f}")
