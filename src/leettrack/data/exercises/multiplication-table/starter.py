n = int(input())
for row in range(1, n):
    line = ""
    for column in range(1, n):
        line += str(row * column) + " "
    print(line)
