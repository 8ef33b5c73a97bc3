first = input()
second = input()
total = first + second
print("Sum: " + total)
average = total / 2
print("Average: " + average)
