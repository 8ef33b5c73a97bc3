# Read a name from standard input, then greet it.
# Example: the input "Ada" should print "Hello, Ada!"

print("Hello!")
