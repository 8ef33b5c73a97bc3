MAX_GUESSES = 7

secret = int(input())
guesses = 0

while guesses < MAX_GUESSES:
    line = input()
    try:
        guess = int(line)
    except ValueError:
        print("Please enter a whole number.")
        continue
    guesses += 1
    if guess < secret:
        print("Too low")
    elif guess > secret:
        print("Too high")
    else:
        word = "guess" if guesses == 1 else "guesses"
        print(f"Correct! You needed {guesses} {word}.")
        break
else:
    print(f"Out of guesses. The number was {secret}.")
